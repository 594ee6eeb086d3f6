package com.wbassist.domain.task;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Period;
import java.time.Instant;
import java.util.Objects;

/**
 * Work a seller asked for that runs longer than a request: made by one server at a time under a
 * lease, followed live, cancelled on request, and never left "running" by a server that died.
 *
 * @param id its id
 * @param cabinet whose it is: only that cabinet's keys and sellers see it
 * @param kind what it does
 * @param request what it was asked to make
 * @param state where it is
 * @param progress how far it has come
 * @param createdAt when it was asked for
 * @param startedAt when a server last started it ({@code null} while queued for the first time)
 * @param finishedAt when it reached a final state, else {@code null}
 * @param attempts how many times a server started it
 * @param cancelRequested whether the seller asked to stop it: the running server stops between
 *     pages
 * @param error what went wrong, when it failed or was interrupted
 * @param fileUntil until when its file can be downloaded ({@code null} while there is none)
 */
public record BackgroundTask(
    TaskId id,
    CabinetId cabinet,
    TaskKind kind,
    ReportRequest request,
    TaskState state,
    TaskProgress progress,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    int attempts,
    boolean cancelRequested,
    String error,
    Instant fileUntil) {

  public BackgroundTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A report asked for now, waiting for a server. */
  public static BackgroundTask report(
      TaskId id, CabinetId cabinet, ReportRequest request, Instant now) {
    return new BackgroundTask(
        id,
        cabinet,
        TaskKind.REPORT,
        request,
        TaskState.QUEUED,
        TaskProgress.queued(),
        now,
        null,
        null,
        0,
        false,
        null,
        null);
  }

  /** A re-sync of the period asked for now, waiting for a server. */
  public static BackgroundTask resync(TaskId id, CabinetId cabinet, Period period, Instant now) {
    return new BackgroundTask(
        id,
        cabinet,
        TaskKind.RESYNC,
        ReportRequest.periodOnly(period),
        TaskState.QUEUED,
        TaskProgress.queued(),
        now,
        null,
        null,
        0,
        false,
        null,
        null);
  }

  /** Whether its file can be downloaded at {@code now}. */
  public boolean fileReady(Instant now) {
    return state == TaskState.SUCCEEDED && fileUntil != null && now.isBefore(fileUntil);
  }

  /**
   * What becomes of the task when its server's lease ran out: cancelled when the seller asked to
   * stop it, else queued again while its kind allows another attempt, else interrupted — never left
   * running.
   */
  public TaskState afterLeaseLapsed() {
    if (cancelRequested) {
      return TaskState.CANCELLED;
    }
    return attempts < kind.attemptsAllowed() ? TaskState.QUEUED : TaskState.INTERRUPTED;
  }
}
