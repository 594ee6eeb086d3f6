package com.wbassist.application.service;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncPolicy;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.PrimarySyncTask;
import com.wbassist.domain.task.TaskState;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A cabinet's primary sync as a task, read at each question from the cabinet and its newest primary
 * run ({@link PrimarySyncTask}); cancelled as an operator cancels a sync, through the run log, so
 * the pass stops before its next stream (decision 0630).
 */
public final class PrimarySyncTasks {
  private final CabinetStore cabinets;
  private final SyncRunLog runs;
  private final Supplier<SyncPolicy> policy;

  public PrimarySyncTasks(CabinetStore cabinets, SyncRunLog runs, Supplier<SyncPolicy> policy) {
    this.cabinets = cabinets;
    this.runs = runs;
    this.policy = policy;
  }

  /** The cabinet's primary sync; empty when the cabinet is gone. */
  public Optional<BackgroundTask> of(CabinetId cabinet) {
    return cabinets
        .find(cabinet)
        .map(
            c ->
                PrimarySyncTask.of(
                    c, runs.lastRun(cabinet, SyncKind.PRIMARY), policy.get().primaryWindow()));
  }

  /** Asks the running pass to stop; a primary sync not running now stays as it is. */
  public Optional<BackgroundTask> cancel(CabinetId cabinet) {
    Optional<BackgroundTask> now = of(cabinet);
    if (now.isPresent() && now.get().state() == TaskState.RUNNING) {
      runs.requestCancel(cabinet);
      return of(cabinet);
    }
    return now;
  }
}
