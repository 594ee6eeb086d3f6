package com.wbassist.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How long things of background tasks last.
 *
 * @param lease how long a claim holds a task without a word from its server: a report records its
 *     progress every page (well under a second), so a minute means the server is gone
 * @param fileKept how long a finished report can be downloaded
 * @param progressEvery how often progress is written at most (each write is a transaction): a
 *     client following live sees a change at this pace
 */
public record TaskTiming(Duration lease, Duration fileKept, Duration progressEvery) {
  public TaskTiming {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(fileKept, "fileKept");
    Objects.requireNonNull(progressEvery, "progressEvery");
    if (progressEvery.compareTo(lease.dividedBy(3)) > 0) {
      throw new IllegalArgumentException("progress must be written well within the lease");
    }
  }

  /** A minute's lease, files for 24 hours, progress at most twice a second. */
  public static TaskTiming defaults() {
    return new TaskTiming(Duration.ofMinutes(1), Duration.ofHours(24), Duration.ofMillis(500));
  }
}
