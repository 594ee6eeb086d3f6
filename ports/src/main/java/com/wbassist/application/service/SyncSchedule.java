package com.wbassist.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * When cabinets are synced: every {@code interval}, each pass holding a lease of {@code lease}
 * (long enough for the slowest pass; a dead server's lease runs out and another server takes the
 * cabinet over), at most {@code batchSize} cabinets claimed per timer tick.
 */
public record SyncSchedule(Duration interval, Duration lease, int batchSize) {
  public SyncSchedule {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(lease, "lease");
    if (interval.isNegative() || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException(
          "sync interval must not be negative and the lease must be positive");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
  }

  public static SyncSchedule defaults() {
    return new SyncSchedule(Duration.ofSeconds(180), Duration.ofMinutes(30), 20);
  }
}
