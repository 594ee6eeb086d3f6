package com.wbassist.application.port.in;

import com.wbassist.domain.sync.SyncLease;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sync engine's use case: lease cabinets whose sync is due, oldest-due first, and sync each
 * claimed one once (then release it). The engine decides how many run at once.
 */
public interface SyncDueCabinets {

  /** Leases up to {@code max} cabinets whose sync is due, oldest-due first. */
  List<SyncLease> claimDue(int max);

  /**
   * One pass of a cabinet this server has claimed, every write of it under {@code lease} (which
   * each write renews); the lease is released at its end. A pass that finds its lease lost —
   * claimed by another pass after it ran out — stops at once and says so in its report ({@link
   * SyncReport#leaseLost()}).
   *
   * @return empty when the cabinet is unknown or the pass broke unexpectedly
   */
  Optional<SyncReport> syncClaimed(SyncLease lease);

  /** Gives back a claimed cabinet without syncing it (it is due again at once). */
  void release(SyncLease lease);

  /** Claims the due cabinets in batches of {@code batch} and syncs them one after another. */
  default List<SyncReport> syncDue(int batch) {
    List<SyncReport> reports = new ArrayList<>();
    for (SyncLease lease : claimDue(batch)) {
      syncClaimed(lease).ifPresent(reports::add);
    }
    return reports;
  }
}
