package com.wbassist.application.fakes;

import com.wbassist.application.port.out.BackgroundTasks;
import com.wbassist.application.port.out.TaskLeaseLostException;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.TaskId;
import com.wbassist.domain.task.TaskLease;
import com.wbassist.domain.task.TaskProgress;
import com.wbassist.domain.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Background tasks in memory, with the same leases and fencing as the PostgreSQL adapter. */
public final class InMemoryBackgroundTasks implements BackgroundTasks {
  private record Row(BackgroundTask task, long epoch, Instant until) {}

  private final Map<TaskId, Row> rows = new LinkedHashMap<>();

  @Override
  public synchronized void add(BackgroundTask task) {
    rows.put(task.id(), new Row(task, 0, null));
  }

  @Override
  public synchronized Optional<BackgroundTask> find(TaskId id) {
    return Optional.ofNullable(rows.get(id)).map(Row::task);
  }

  @Override
  public synchronized Optional<BackgroundTask> find(CabinetId cabinet, TaskId id) {
    return find(id).filter(t -> t.cabinet().equals(cabinet));
  }

  @Override
  public synchronized List<BackgroundTask> of(
      CabinetId cabinet, Optional<TaskState> state, int limit) {
    return rows.values().stream()
        .map(Row::task)
        .filter(t -> t.cabinet().equals(cabinet))
        .filter(t -> state.map(s -> s == t.state()).orElse(true))
        .sorted(Comparator.comparing(BackgroundTask::createdAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<TaskLease> claim(Instant now, Duration lease, int max) {
    for (Row row : List.copyOf(rows.values())) {
      BackgroundTask t = row.task();
      if (t.state() == TaskState.RUNNING && !row.until().isAfter(now)) {
        TaskState next = t.afterLeaseLapsed();
        put(
            row,
            with(
                t,
                next,
                next.finished() ? now : null,
                next == TaskState.INTERRUPTED
                    ? "the servers running it stopped " + t.attempts() + " times"
                    : null,
                t.progress()),
            row.epoch(),
            null);
      }
    }
    List<TaskLease> claimed = new ArrayList<>();
    for (Row row : List.copyOf(rows.values())) {
      if (claimed.size() == max) {
        break;
      }
      BackgroundTask t = row.task();
      if (t.state() == TaskState.QUEUED) {
        Instant until = now.plus(lease);
        BackgroundTask running =
            new BackgroundTask(
                t.id(),
                t.cabinet(),
                t.kind(),
                t.request(),
                TaskState.RUNNING,
                next(t.progress(), t.progress().percent(), t.progress().rows(), "started"),
                t.createdAt(),
                now,
                null,
                t.attempts() + 1,
                t.cancelRequested(),
                null,
                null);
        put(row, running, row.epoch() + 1, until);
        claimed.add(new TaskLease(t.id(), row.epoch() + 1, until));
      }
    }
    return claimed;
  }

  @Override
  public synchronized boolean progressed(TaskLease lease, TaskProgress progress) {
    Row row = held(lease);
    BackgroundTask t = row.task();
    put(
        row,
        with(
            t,
            t.state(),
            null,
            null,
            next(t.progress(), progress.percent(), progress.rows(), progress.stage())),
        row.epoch(),
        lease.until());
    return t.cancelRequested();
  }

  @Override
  public synchronized void succeeded(TaskLease lease, Instant now, Instant fileUntil) {
    Row row = held(lease);
    BackgroundTask t = row.task();
    put(
        row,
        new BackgroundTask(
            t.id(),
            t.cabinet(),
            t.kind(),
            t.request(),
            TaskState.SUCCEEDED,
            next(t.progress(), 100, t.progress().rows(), "done"),
            t.createdAt(),
            t.startedAt(),
            now,
            t.attempts(),
            t.cancelRequested(),
            null,
            fileUntil),
        row.epoch(),
        null);
  }

  @Override
  public synchronized void failed(TaskLease lease, Instant now, String error) {
    Row row = held(lease);
    BackgroundTask t = row.task();
    put(
        row,
        with(
            t,
            TaskState.FAILED,
            now,
            error,
            next(t.progress(), t.progress().percent(), t.progress().rows(), "failed")),
        row.epoch(),
        null);
  }

  @Override
  public synchronized void cancelled(TaskLease lease, Instant now) {
    Row row = held(lease);
    BackgroundTask t = row.task();
    put(
        row,
        with(
            t,
            TaskState.CANCELLED,
            now,
            null,
            next(t.progress(), t.progress().percent(), t.progress().rows(), "cancelled")),
        row.epoch(),
        null);
  }

  @Override
  public synchronized void handBack(TaskLease lease) {
    Row row = rows.get(lease.task());
    if (row == null || row.epoch() != lease.epoch() || row.task().state() != TaskState.RUNNING) {
      return;
    }
    BackgroundTask t = row.task();
    put(
        row,
        new BackgroundTask(
            t.id(),
            t.cabinet(),
            t.kind(),
            t.request(),
            TaskState.QUEUED,
            next(t.progress(), t.progress().percent(), t.progress().rows(), "queued"),
            t.createdAt(),
            t.startedAt(),
            null,
            t.attempts() - 1,
            t.cancelRequested(),
            null,
            null),
        row.epoch(),
        null);
  }

  @Override
  public synchronized Optional<BackgroundTask> requestCancel(
      CabinetId cabinet, TaskId id, Instant now) {
    Row row = rows.get(id);
    if (row == null || !row.task().cabinet().equals(cabinet)) {
      return Optional.empty();
    }
    BackgroundTask t = row.task();
    switch (t.state()) {
      case QUEUED ->
          put(
              row,
              with(
                  t,
                  TaskState.CANCELLED,
                  now,
                  null,
                  next(t.progress(), t.progress().percent(), t.progress().rows(), "cancelled")),
              row.epoch(),
              null);
      case RUNNING ->
          put(
              row,
              new BackgroundTask(
                  t.id(),
                  t.cabinet(),
                  t.kind(),
                  t.request(),
                  t.state(),
                  t.progress(),
                  t.createdAt(),
                  t.startedAt(),
                  null,
                  t.attempts(),
                  true,
                  null,
                  null),
              row.epoch(),
              row.until());
      default -> {
        // finished: stays as it is
      }
    }
    return find(id);
  }

  /** Plays a server that died: the task's lease runs out at once. */
  public synchronized void leaseRunsOut(TaskId id, Instant now) {
    Row row = rows.get(id);
    rows.put(id, new Row(row.task(), row.epoch(), now));
  }

  private Row held(TaskLease lease) {
    Row row = rows.get(lease.task());
    if (row == null || row.epoch() != lease.epoch() || row.task().state() != TaskState.RUNNING) {
      throw new TaskLeaseLostException(lease);
    }
    return row;
  }

  private void put(Row row, BackgroundTask task, long epoch, Instant until) {
    rows.put(task.id(), new Row(task, epoch, until));
  }

  private static TaskProgress next(TaskProgress was, int percent, long rows, String stage) {
    return new TaskProgress(percent, rows, stage, was.sequence() + 1);
  }

  private static BackgroundTask with(
      BackgroundTask t, TaskState state, Instant finishedAt, String error, TaskProgress progress) {
    return new BackgroundTask(
        t.id(),
        t.cabinet(),
        t.kind(),
        t.request(),
        state,
        progress,
        t.createdAt(),
        t.startedAt(),
        finishedAt,
        t.attempts(),
        t.cancelRequested(),
        error,
        t.fileUntil());
  }
}
