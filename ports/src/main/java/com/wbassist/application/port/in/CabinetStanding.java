package com.wbassist.application.port.in;

import com.wbassist.domain.cabinet.Cabinet;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A cabinet as the operations console lists it.
 *
 * @param cabinet the cabinet as stored
 * @param members sellers linked to it
 * @param nextSyncAt when its next pass is due, {@code null} while it waits for a new token
 * @param lag how long it has been due without a pass ending (zero when on time)
 */
public record CabinetStanding(Cabinet cabinet, int members, Instant nextSyncAt, Duration lag) {
  public CabinetStanding {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(lag, "lag");
  }
}
