package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.BackgroundTasks;
import com.wbassist.application.port.out.TaskLeaseLostException;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.TaskId;
import com.wbassist.domain.task.TaskKind;
import com.wbassist.domain.task.TaskLease;
import com.wbassist.domain.task.TaskProgress;
import com.wbassist.domain.task.TaskState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Background tasks in {@code background_tasks}. A claim is one {@code update … where id in (select
 * … for update skip locked)}: two servers claiming at once take different tasks, never one twice.
 * Every write of the running server is one statement fenced by {@code lease_epoch} and {@code state
 * = 'RUNNING'} that renews the lease as it writes; no row touched means the lease is lost.
 */
final class BackgroundTasksAdapter implements BackgroundTasks {
  private static final String COLUMNS =
      "id, cabinet_sid, kind, period_first, period_last, format, chat_id, state, percent,"
          + " rows_done, stage, progress_seq, created_at, started_at, finished_at, attempts,"
          + " cancel_requested, error, file_until";
  private static final String ADD =
      "insert into background_tasks ("
          + COLUMNS
          + ", lease_epoch, lease_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null,"
          + " 0, false, null, null, 0, null)";
  private static final String FIND = "select " + COLUMNS + " from background_tasks where id = ?";
  private static final String OF =
      "select "
          + COLUMNS
          + " from background_tasks where cabinet_sid = ? and (?::text is null or state = ?)"
          + " order by created_at desc, id limit ?";
  private static final String SETTLE_LAPSED =
      """
      update background_tasks set
        state = case when cancel_requested then 'CANCELLED'
                     when attempts < ? then 'QUEUED' else 'INTERRUPTED' end,
        stage = case when cancel_requested then 'cancelled'
                     when attempts < ? then 'queued' else 'interrupted' end,
        finished_at = case when cancel_requested or attempts >= ? then ? end,
        error = case when cancel_requested or attempts < ? then null
                else 'the servers running it stopped ' || attempts || ' times' end,
        lease_until = null, progress_seq = progress_seq + 1
      where state = 'RUNNING' and lease_until <= ? and kind = ?""";
  private static final String CLAIM =
      """
      update background_tasks set state = 'RUNNING', stage = 'started', attempts = attempts + 1,
        lease_epoch = lease_epoch + 1, lease_until = ?, started_at = ?, error = null,
        progress_seq = progress_seq + 1
      where id in (select id from background_tasks where state = 'QUEUED'
                   order by created_at, id limit ? for update skip locked)
      returning id, lease_epoch""";
  private static final String FENCE = " where id = ? and lease_epoch = ? and state = 'RUNNING'";
  private static final String PROGRESS =
      "update background_tasks set percent = ?, rows_done = ?, stage = ?, lease_until = ?,"
          + " progress_seq = progress_seq + 1"
          + FENCE
          + " returning cancel_requested";
  private static final String SUCCEEDED =
      "update background_tasks set state = 'SUCCEEDED', stage = 'done', percent = 100,"
          + " finished_at = ?, file_until = ?, lease_until = null, progress_seq = progress_seq + 1"
          + FENCE;
  private static final String FAILED =
      "update background_tasks set state = 'FAILED', stage = 'failed', finished_at = ?, error = ?,"
          + " lease_until = null, progress_seq = progress_seq + 1"
          + FENCE;
  private static final String CANCELLED =
      "update background_tasks set state = 'CANCELLED', stage = 'cancelled', finished_at = ?,"
          + " lease_until = null, progress_seq = progress_seq + 1"
          + FENCE;
  // The attempt it used is given back: a server stopping is not the task's fault.
  private static final String HAND_BACK =
      "update background_tasks set state = 'QUEUED', stage = 'queued', attempts = attempts - 1,"
          + " lease_until = null, progress_seq = progress_seq + 1"
          + FENCE;
  private static final String REQUEST_CANCEL =
      """
      update background_tasks set
        state = case when state = 'QUEUED' then 'CANCELLED' else state end,
        stage = case when state = 'QUEUED' then 'cancelled' else stage end,
        finished_at = case when state = 'QUEUED' then ? else finished_at end,
        cancel_requested = true, progress_seq = progress_seq + 1
      where id = ? and cabinet_sid = ? and state in ('QUEUED', 'RUNNING')""";

  private final Jdbc jdbc;

  BackgroundTasksAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(BackgroundTask task) {
    jdbc.once(
        "storing a background task",
        connection -> {
          try (PreparedStatement add = connection.prepareStatement(ADD)) {
            add.setString(1, task.id().value());
            add.setString(2, task.cabinet().sid());
            add.setString(3, task.kind().name());
            add.setObject(4, task.request().period().first());
            add.setObject(5, task.request().period().last());
            // A task that makes no file (a re-sync) has no format: the column holds ''.
            add.setString(6, task.request().format() == null ? "" : task.request().format().name());
            add.setLong(7, task.request().chatId());
            add.setString(8, task.state().name());
            add.setInt(9, task.progress().percent());
            add.setLong(10, task.progress().rows());
            add.setString(11, task.progress().stage());
            add.setLong(12, task.progress().sequence());
            SqlTime.set(add, 13, task.createdAt());
            return add.executeUpdate();
          }
        });
  }

  @Override
  public Optional<BackgroundTask> find(TaskId id) {
    return jdbc.once("reading a background task", connection -> find(connection, id));
  }

  @Override
  public Optional<BackgroundTask> find(CabinetId cabinet, TaskId id) {
    return find(id).filter(task -> task.cabinet().equals(cabinet));
  }

  @Override
  public List<BackgroundTask> of(CabinetId cabinet, Optional<TaskState> state, int limit) {
    return jdbc.once(
        "listing background tasks",
        connection -> {
          try (PreparedStatement of = connection.prepareStatement(OF)) {
            of.setString(1, cabinet.sid());
            of.setString(2, state.map(Enum::name).orElse(null));
            of.setString(3, state.map(Enum::name).orElse(null));
            of.setInt(4, limit);
            List<BackgroundTask> tasks = new ArrayList<>();
            try (ResultSet row = of.executeQuery()) {
              while (row.next()) {
                tasks.add(task(row));
              }
            }
            return tasks;
          }
        });
  }

  @Override
  public List<TaskLease> claim(Instant now, Duration lease, int max) {
    settleLapsed(now);
    Instant until = now.plus(lease);
    return jdbc.inTransaction(
        "claiming background tasks",
        connection -> {
          try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            SqlTime.set(claim, 1, until);
            SqlTime.set(claim, 2, now);
            claim.setInt(3, max);
            List<TaskLease> claimed = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
              while (row.next()) {
                claimed.add(
                    new TaskLease(
                        new TaskId(row.getString("id")), row.getLong("lease_epoch"), until));
              }
            }
            return claimed;
          }
        });
  }

  private void settleLapsed(Instant now) {
    for (TaskKind kind : TaskKind.values()) {
      jdbc.once(
          "settling background tasks of dead servers",
          connection -> {
            try (PreparedStatement settle = connection.prepareStatement(SETTLE_LAPSED)) {
              int allowed = kind.attemptsAllowed();
              settle.setInt(1, allowed);
              settle.setInt(2, allowed);
              settle.setInt(3, allowed);
              SqlTime.set(settle, 4, now);
              settle.setInt(5, allowed);
              SqlTime.set(settle, 6, now);
              settle.setString(7, kind.name());
              return settle.executeUpdate();
            }
          });
    }
  }

  @Override
  public boolean progressed(TaskLease lease, TaskProgress progress) {
    return jdbc.once(
        "recording a task's progress",
        connection -> {
          try (PreparedStatement update = connection.prepareStatement(PROGRESS)) {
            update.setInt(1, progress.percent());
            update.setLong(2, progress.rows());
            update.setString(3, progress.stage());
            SqlTime.set(update, 4, lease.until());
            fence(update, 5, lease);
            try (ResultSet row = update.executeQuery()) {
              if (!row.next()) {
                throw new TaskLeaseLostException(lease);
              }
              return row.getBoolean(1);
            }
          }
        });
  }

  @Override
  public void succeeded(TaskLease lease, Instant now, Instant fileUntil) {
    fenced(
        lease,
        SUCCEEDED,
        update -> {
          SqlTime.set(update, 1, now);
          SqlTime.set(update, 2, fileUntil);
          return 3;
        });
  }

  @Override
  public void failed(TaskLease lease, Instant now, String error) {
    fenced(
        lease,
        FAILED,
        update -> {
          SqlTime.set(update, 1, now);
          update.setString(2, error);
          return 3;
        });
  }

  @Override
  public void cancelled(TaskLease lease, Instant now) {
    fenced(
        lease,
        CANCELLED,
        update -> {
          SqlTime.set(update, 1, now);
          return 2;
        });
  }

  @Override
  public void handBack(TaskLease lease) {
    try {
      fenced(lease, HAND_BACK, update -> 1);
    } catch (TaskLeaseLostException alreadyElsewhere) {
      // another server has it, or it was settled: nothing to hand back
    }
  }

  @Override
  public Optional<BackgroundTask> requestCancel(CabinetId cabinet, TaskId id, Instant now) {
    return jdbc.inTransaction(
        "cancelling a background task",
        connection -> {
          try (PreparedStatement cancel = connection.prepareStatement(REQUEST_CANCEL)) {
            SqlTime.set(cancel, 1, now);
            cancel.setString(2, id.value());
            cancel.setString(3, cabinet.sid());
            cancel.executeUpdate();
          }
          return find(connection, id).filter(task -> task.cabinet().equals(cabinet));
        });
  }

  /** Sets the statement's own parameters and says where the fence's start. */
  @FunctionalInterface
  private interface Parameters {
    int set(PreparedStatement update) throws SQLException;
  }

  private void fenced(TaskLease lease, String sql, Parameters parameters) {
    int updated =
        jdbc.once(
            "writing a task's state",
            connection -> {
              try (PreparedStatement update = connection.prepareStatement(sql)) {
                fence(update, parameters.set(update), lease);
                return update.executeUpdate();
              }
            });
    if (updated != 1) {
      throw new TaskLeaseLostException(lease);
    }
  }

  private static void fence(PreparedStatement update, int first, TaskLease lease)
      throws SQLException {
    update.setString(first, lease.task().value());
    update.setLong(first + 1, lease.epoch());
  }

  private static Optional<BackgroundTask> find(Connection connection, TaskId id)
      throws SQLException {
    try (PreparedStatement find = connection.prepareStatement(FIND)) {
      find.setString(1, id.value());
      try (ResultSet row = find.executeQuery()) {
        return row.next() ? Optional.of(task(row)) : Optional.empty();
      }
    }
  }

  private static BackgroundTask task(ResultSet row) throws SQLException {
    return new BackgroundTask(
        new TaskId(row.getString("id")),
        new CabinetId(row.getString("cabinet_sid")),
        TaskKind.valueOf(row.getString("kind")),
        new ReportRequest(
            new Period(
                row.getObject("period_first", LocalDate.class),
                row.getObject("period_last", LocalDate.class)),
            row.getString("format").isEmpty()
                ? null
                : ReportFormat.valueOf(row.getString("format")),
            row.getLong("chat_id")),
        TaskState.valueOf(row.getString("state")),
        new TaskProgress(
            row.getInt("percent"),
            row.getLong("rows_done"),
            row.getString("stage"),
            row.getLong("progress_seq")),
        SqlTime.get(row, "created_at"),
        SqlTime.get(row, "started_at"),
        SqlTime.get(row, "finished_at"),
        row.getInt("attempts"),
        row.getBoolean("cancel_requested"),
        row.getString("error"),
        SqlTime.get(row, "file_until"));
  }
}
