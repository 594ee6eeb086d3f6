package com.wbassist.application.port.in;

import com.wbassist.application.port.out.PruneReport;
import java.util.Objects;

/**
 * What one housekeeping run pruned.
 *
 * @param pruned rows pruned, per kind
 * @param batches how many batches it took
 * @param finished false when the time budget ran out (or the application stopped) with more to
 *     prune: the next run goes on
 */
public record HousekeepingReport(PruneReport pruned, int batches, boolean finished) {
  public HousekeepingReport {
    Objects.requireNonNull(pruned, "pruned");
  }
}
