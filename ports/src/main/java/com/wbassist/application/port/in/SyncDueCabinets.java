package com.wbassist.application.port.in;

import com.wbassist.domain.cabinet.CabinetId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sync engine's use case: lease cabinets whose sync is due, oldest-due first, and sync each
 * claimed one once (then release it). The engine decides how many run at once.
 */
public interface SyncDueCabinets {

  /** Leases up to {@code max} cabinets whose sync is due, oldest-due first. */
  List<CabinetId> claimDue(int max);

  /** One pass of a cabinet this server has claimed; the lease is released at its end. */
  Optional<SyncReport> syncClaimed(CabinetId cabinet);

  /** Gives back a claimed cabinet without syncing it (it is due again at once). */
  void release(CabinetId cabinet);

  /** Claims the due cabinets in batches of {@code batch} and syncs them one after another. */
  default List<SyncReport> syncDue(int batch) {
    List<SyncReport> reports = new ArrayList<>();
    for (CabinetId id : claimDue(batch)) {
      syncClaimed(id).ifPresent(reports::add);
    }
    return reports;
  }
}
