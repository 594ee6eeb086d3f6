package com.wbassist.domain.sync;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.Objects;

/**
 * The right to sync one cabinet, as one claim granted it. Every claim of a cabinet raises its
 * epoch, so the epoch names the owner: a write that carries an older epoch is refused, whatever the
 * clocks say — a pass that outlived its lease cannot write beside the pass that took the cabinet
 * over.
 *
 * @param cabinet the cabinet leased
 * @param epoch the claim's number among the cabinet's claims, raised by every claim
 * @param until when the lease runs out unless its owner renews it (a dead server's cabinet is
 *     claimed again after that); writes carry the time they renew it to
 */
public record SyncLease(CabinetId cabinet, long epoch, Instant until) {
  public SyncLease {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(until, "until");
    if (epoch < 1) {
      throw new IllegalArgumentException("a lease epoch is positive, was " + epoch);
    }
  }

  /** The same lease — same owner — running until {@code later}. */
  public SyncLease renewedUntil(Instant later) {
    return new SyncLease(cabinet, epoch, later);
  }

  /** Whether both name the same claim, whatever their expiry. */
  public boolean sameOwner(SyncLease other) {
    return cabinet.equals(other.cabinet) && epoch == other.epoch;
  }
}
