package com.wbassist.domain.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * A sync pass as its run record has it: what the pass itself wrote as it went.
 *
 * @param id the run's id
 * @param kind primary or incremental
 * @param startedAt when the pass started
 * @param finishedAt when it ended, {@code null} while it runs (or when its server died mid-pass)
 * @param error what went wrong, {@code null} when nothing did
 * @param progress how far it came
 * @param cancelRequested whether someone asked it to stop
 */
public record SyncRun(
    long id,
    SyncKind kind,
    Instant startedAt,
    Instant finishedAt,
    String error,
    SyncProgress progress,
    boolean cancelRequested) {
  public SyncRun {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(progress, "progress");
  }

  public boolean running() {
    return finishedAt == null;
  }
}
