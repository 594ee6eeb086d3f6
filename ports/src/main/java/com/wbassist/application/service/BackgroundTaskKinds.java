package com.wbassist.application.service;

import com.wbassist.application.port.in.RunBackgroundTasks;
import com.wbassist.application.port.out.BackgroundTasks;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.TaskKind;
import com.wbassist.domain.task.TaskLease;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs each claimed task by its kind: a report by {@link ReportTaskRunner}, a re-sync by {@link
 * ResyncTaskRunner}. Claiming is the same for every kind (one queue, one lease, one fencing epoch);
 * a primary sync is never a stored task, so it is never claimed here.
 */
public final class BackgroundTaskKinds implements RunBackgroundTasks {
  private final BackgroundTasks tasks;
  private final ReportTaskRunner reports;
  private final ResyncTaskRunner resyncs;

  public BackgroundTaskKinds(
      BackgroundTasks tasks, ReportTaskRunner reports, ResyncTaskRunner resyncs) {
    this.tasks = tasks;
    this.reports = reports;
    this.resyncs = resyncs;
  }

  @Override
  public List<TaskLease> claim(int places) {
    return reports.claim(places);
  }

  @Override
  public void run(TaskLease lease, BooleanSupplier stopping) {
    Optional<BackgroundTask> task = tasks.find(lease.task());
    if (task.isEmpty()) {
      return; // pruned or erased with its cabinet meanwhile
    }
    if (task.get().kind() == TaskKind.RESYNC) {
      resyncs.run(task.get(), lease, stopping);
    } else {
      reports.run(lease, stopping);
    }
  }
}
