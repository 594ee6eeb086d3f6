package com.wbassist.domain.detection;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncKind;
import java.time.Instant;
import java.util.Objects;

/** What every rule needs to know about the pass it judges: whose, which kind, and when. */
public record DetectionContext(CabinetId cabinet, SyncKind kind, Instant now) {

  public DetectionContext {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(now, "now");
  }

  public boolean firesEvents() {
    return kind.firesEvents();
  }
}
