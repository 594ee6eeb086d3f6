package com.wbassist.application.fakes;

import com.wbassist.application.port.out.SyncRequests;
import com.wbassist.domain.cabinet.CabinetId;
import java.util.ArrayList;
import java.util.List;

/** Remembers which cabinets were asked to sync soon; tests run the sync themselves. */
public final class RecordingSyncRequests implements SyncRequests {
  private final List<CabinetId> requested = new ArrayList<>();
  private java.util.function.Consumer<CabinetId> runner = cabinet -> {};

  /** Runs the sync at once when asked, as a fast background executor would. */
  public synchronized void runAtOnce(java.util.function.Consumer<CabinetId> sync) {
    this.runner = sync;
  }

  @Override
  public void syncSoon(CabinetId cabinet) {
    java.util.function.Consumer<CabinetId> run;
    synchronized (this) {
      requested.add(cabinet);
      run = runner;
    }
    run.accept(cabinet);
  }

  public synchronized List<CabinetId> requested() {
    return List.copyOf(requested);
  }
}
