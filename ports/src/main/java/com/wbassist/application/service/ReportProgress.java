package com.wbassist.application.service;

import com.wbassist.application.port.out.BackgroundTasks;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.ReportStages;
import com.wbassist.domain.task.TaskLease;
import com.wbassist.domain.task.TaskProgress;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * A running report's checkpoints between pages: its progress written (at most every {@code
 * progressEvery}, always at a new stage), its lease renewed with it, and the answer to "stop?" — a
 * cancel the seller asked for, or the server stopping — thrown as {@link Stopped}.
 */
final class ReportProgress {
  /** The report stops here: cancelled, or handed back. */
  static final class Stopped extends RuntimeException {
    private final transient TaskLease lease;
    private final boolean cancelled;

    Stopped(TaskLease lease, boolean cancelled) {
      super(cancelled ? "cancelled" : "handed back", null, false, false);
      this.lease = lease;
      this.cancelled = cancelled;
    }

    TaskLease lease() {
      return lease;
    }

    boolean cancelled() {
      return cancelled;
    }
  }

  private final BackgroundTasks tasks;
  private final Period period;
  private final Clock clock;
  private final TaskTiming timing;
  private final BooleanSupplier stopping;
  private TaskLease lease;
  private String stage = ReportStages.ORDERS;
  private long rows;
  private int percent;
  private Instant lastWritten = Instant.MIN;

  ReportProgress(
      BackgroundTasks tasks,
      TaskLease lease,
      Period period,
      Clock clock,
      TaskTiming timing,
      BooleanSupplier stopping) {
    this.tasks = tasks;
    this.lease = lease;
    this.period = period;
    this.clock = clock;
    this.timing = timing;
    this.stopping = stopping;
  }

  TaskLease lease() {
    return lease;
  }

  void orders() {
    enter(ReportStages.ORDERS);
  }

  void sales() {
    enter(ReportStages.SALES);
  }

  void storing() {
    enter(ReportStages.STORING);
  }

  /** A page was written; {@code reached} is its last row's date ({@code null}: an empty page). */
  void read(Instant reached, int pageRows) {
    rows += pageRows;
    Instant now = clock.instant();
    if (now.isBefore(lastWritten.plus(timing.progressEvery()))) {
      stopIfAsked(false);
      return;
    }
    write(ReportStages.percent(stage, period, reached));
  }

  /**
   * Nothing read meanwhile (a re-sync waiting for the cabinet or for WB): the lease is renewed and
   * "stop?" asked, at the same pace as after a page, the percent unchanged.
   */
  void still() {
    if (clock.instant().isBefore(lastWritten.plus(timing.progressEvery()))) {
      stopIfAsked(false);
      return;
    }
    write(percent);
  }

  private void enter(String next) {
    stage = next;
    write(ReportStages.percent(stage, period, null));
  }

  private void write(int percent) {
    this.percent = percent;
    Instant now = clock.instant();
    lease = lease.renewedUntil(now.plus(timing.lease()));
    boolean cancel = tasks.progressed(lease, new TaskProgress(percent, rows, stage, 0));
    lastWritten = now;
    stopIfAsked(cancel);
  }

  private void stopIfAsked(boolean cancel) {
    if (cancel) {
      throw new Stopped(lease, true);
    }
    if (stopping.getAsBoolean()) {
      throw new Stopped(lease, false);
    }
  }
}
