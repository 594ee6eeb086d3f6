package com.wbassist.application.fakes;

import com.wbassist.application.port.out.SyncRequests;
import com.wbassist.domain.cabinet.CabinetId;
import java.util.ArrayList;
import java.util.List;

/** Remembers which cabinets were asked to sync soon; tests run the sync themselves. */
public final class RecordingSyncRequests implements SyncRequests {
  private final List<CabinetId> requested = new ArrayList<>();

  @Override
  public synchronized void syncSoon(CabinetId cabinet) {
    requested.add(cabinet);
  }

  public synchronized List<CabinetId> requested() {
    return List.copyOf(requested);
  }
}
