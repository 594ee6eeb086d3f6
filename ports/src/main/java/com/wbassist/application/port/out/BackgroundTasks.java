package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.TaskId;
import com.wbassist.domain.task.TaskLease;
import com.wbassist.domain.task.TaskProgress;
import com.wbassist.domain.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored background tasks, claimed by servers with fencing leases: every claim raises the task's
 * epoch and every write of the running server carries its {@link TaskLease}, checked and renewed in
 * the write's own transaction — a server whose lease ran out and whose task was taken over writes
 * nothing more ({@link TaskLeaseLostException}). Every change of a task's progress or state raises
 * its progress sequence.
 */
public interface BackgroundTasks {
  void add(BackgroundTask task);

  /** The task, whoever's it is: for the server that runs it. */
  Optional<BackgroundTask> find(TaskId id);

  /** The task only when it is the cabinet's. */
  Optional<BackgroundTask> find(CabinetId cabinet, TaskId id);

  /** The cabinet's tasks, newest first, of one state when given. */
  List<BackgroundTask> of(CabinetId cabinet, Optional<TaskState> state, int limit);

  /**
   * First settles the running tasks whose lease ran out at {@code now} (a dead server's) by {@link
   * BackgroundTask#afterLeaseLapsed}: queued again or interrupted. Then claims up to {@code max}
   * queued tasks, oldest first, skipping those another server is claiming: each becomes running,
   * one more attempt, a new epoch, leased until {@code now + lease}.
   */
  List<TaskLease> claim(Instant now, Duration lease, int max);

  /**
   * Records progress under the lease, renewing it to {@code lease.until()}.
   *
   * @return whether the seller asked to cancel the task meanwhile
   * @throws TaskLeaseLostException when the lease is no longer the task's; nothing is recorded
   */
  boolean progressed(TaskLease lease, TaskProgress progress);

  /**
   * @param fileUntil until when its file can be downloaded
   * @throws TaskLeaseLostException when the lease is no longer the task's
   */
  void succeeded(TaskLease lease, Instant now, Instant fileUntil);

  /**
   * @throws TaskLeaseLostException when the lease is no longer the task's
   */
  void failed(TaskLease lease, Instant now, String error);

  /**
   * @throws TaskLeaseLostException when the lease is no longer the task's
   */
  void cancelled(TaskLease lease, Instant now);

  /**
   * The server stops: the task goes back to the queue at once (the attempt it used is given back),
   * for this or another server to start again. Nothing when the lease is no longer the task's.
   */
  void handBack(TaskLease lease);

  /**
   * The seller asks to stop the cabinet's task: a queued one is cancelled at once, a running one is
   * flagged for its server to stop between pages, a finished one stays as it is.
   *
   * @return the task as it is now; empty when the cabinet has no such task
   */
  Optional<BackgroundTask> requestCancel(CabinetId cabinet, TaskId id, Instant now);
}
