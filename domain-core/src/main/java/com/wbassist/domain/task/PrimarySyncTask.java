package com.wbassist.domain.task;

import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.sync.SyncRun;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A cabinet's primary sync shown as a background task: read from what the sync engine itself
 * records — the cabinet's status and its newest primary run — never from a copy the pass would have
 * to keep in step (decision 0630). One task per cabinet, under {@link TaskId#primarySyncOf}.
 *
 * <ul>
 *   <li>{@code SUCCEEDED} once the cabinet's baseline is loaded ({@code primarySyncedAt});
 *   <li>{@code FAILED} while WB refuses the token or it cannot be read: nothing is synced until a
 *       seller sends one — then the sync goes on, and the task with it (the one final state that
 *       can change);
 *   <li>{@code RUNNING} while its newest run is unfinished, with that run's progress;
 *   <li>{@code QUEUED} otherwise: before the first pass, and between passes after one failed, was
 *       cancelled or was cut short by WB's limits — the engine goes on from the cursors at the
 *       cabinet's next turn, as it always has; {@code error} says why the last pass ended early.
 * </ul>
 */
public final class PrimarySyncTask {
  private static final int DAYS_AT_MOST = Period.LONGEST_DAYS;

  private PrimarySyncTask() {}

  /**
   * @param lastRun the cabinet's newest primary run, if any
   * @param window how far back the primary sync reads (the sync policy's primary window)
   */
  public static BackgroundTask of(Cabinet cabinet, Optional<SyncRun> lastRun, Duration window) {
    Optional<SyncRun> run = lastRun;
    Instant startedAt = run.map(SyncRun::startedAt).orElse(null);
    long rows = run.map(r -> r.progress().rowsSoFar()).orElse(0L);
    TaskState state;
    TaskProgress progress;
    String error = run.map(SyncRun::error).orElse(null);
    Instant finishedAt = null;
    boolean cancelRequested = false;
    if (cabinet.primarySyncedAt() != null) {
      state = TaskState.SUCCEEDED;
      finishedAt = cabinet.primarySyncedAt();
      error = null;
      progress = progress(cabinet, run, 100, rows, "done", state);
    } else if (cabinet.needsNewToken()) {
      state = TaskState.FAILED;
      error = cabinet.lastError();
      int percent = run.map(r -> r.progress().percent()).orElse(0);
      progress = progress(cabinet, run, percent, rows, "failed", state);
    } else if (run.isPresent() && run.get().running()) {
      state = TaskState.RUNNING;
      SyncStream stream = run.get().progress().current();
      String stage = stream == null ? "finishing" : stream.name().toLowerCase(Locale.ROOT);
      cancelRequested = run.get().cancelRequested();
      error = null;
      progress = progress(cabinet, run, run.get().progress().percent(), rows, stage, state);
    } else {
      state = TaskState.QUEUED;
      int percent = run.map(r -> r.progress().percent()).orElse(0);
      progress = progress(cabinet, run, percent, rows, "queued", state);
    }
    return new BackgroundTask(
        TaskId.primarySyncOf(cabinet.id()),
        cabinet.id(),
        TaskKind.PRIMARY_SYNC,
        ReportRequest.periodOnly(
            windowOf(startedAt == null ? cabinet.createdAt() : startedAt, window)),
        state,
        progress,
        cabinet.createdAt(),
        startedAt,
        finishedAt,
        run.isPresent() ? 1 : 0,
        cancelRequested,
        error,
        null);
  }

  /** The Moscow days the primary sync reads: its window back from when it started. */
  static Period windowOf(Instant start, Duration window) {
    LocalDate last = MoscowTime.toLocal(start).toLocalDate();
    LocalDate first = MoscowTime.toLocal(start.minus(window)).toLocalDate();
    LocalDate earliest = last.minusDays(DAYS_AT_MOST - 1L);
    return new Period(first.isBefore(earliest) ? earliest : first, last);
  }

  /**
   * The progress with a sequence that rises with every change the view can show, so a client
   * following it live is sent each change once: the run's start (seconds after the cabinet was
   * connected), then its percent, its rows, and last the state (a pass that ends without new rows
   * still moves the sequence on).
   */
  private static TaskProgress progress(
      Cabinet cabinet,
      Optional<SyncRun> run,
      int percent,
      long rows,
      String stage,
      TaskState state) {
    // Before any run 0; a run's start, one second or more, however soon after the connection.
    long since =
        run.map(r -> 1 + Duration.between(cabinet.createdAt(), r.startedAt()).toSeconds())
            .orElse(0L);
    long sequence =
        (clamp(since, (1L << 24) - 1) << 39)
            | (clamp(percent, 127) << 32)
            | (clamp(rows, (1L << 30) - 1) << 2)
            | rank(state);
    return new TaskProgress(percent, rows, stage, sequence);
  }

  private static long rank(TaskState state) {
    return switch (state) {
      case RUNNING -> 0;
      case QUEUED -> 1;
      case FAILED -> 2;
      default -> 3;
    };
  }

  private static long clamp(long value, long max) {
    return Math.max(0, Math.min(value, max));
  }
}
