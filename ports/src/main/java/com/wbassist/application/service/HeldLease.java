package com.wbassist.application.service;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncLease;
import java.time.Clock;
import java.time.Duration;

/**
 * The lease a pass holds, as each of its writes carries it: renewed to run a whole term from the
 * moment of the write. Every page, every progress record and the cabinet's own record are written
 * with it, and the store checks and renews it in that write's transaction — so a long pass keeps
 * its lease as long as it keeps writing, and a pass whose lease another claim took over stores
 * nothing more ({@link com.wbassist.application.port.out.LeaseLostException}).
 */
final class HeldLease {
  private final SyncLease claimed;
  private final Duration term;
  private final Clock clock;

  HeldLease(SyncLease claimed, Duration term, Clock clock) {
    this.claimed = claimed;
    this.term = term;
    this.clock = clock;
  }

  CabinetId cabinet() {
    return claimed.cabinet();
  }

  /** The lease for the next write: same owner, running a whole term from now. */
  SyncLease renewed() {
    return claimed.renewedUntil(clock.instant().plus(term));
  }
}
