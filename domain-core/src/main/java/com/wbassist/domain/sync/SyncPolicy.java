package com.wbassist.domain.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far back and in what pages a cabinet is synced.
 *
 * @param primaryWindow how much history the primary sync loads (at most 90 days: WB keeps no more)
 * @param statisticsPageLimit rows WB puts in a full orders/sales page (about 80,000)
 * @param feedbackPageSize feedbacks asked for per page (WB allows up to 5,000)
 * @param cardPageSize cards asked for per page (WB allows up to 100)
 */
public record SyncPolicy(
    Duration primaryWindow, int statisticsPageLimit, int feedbackPageSize, int cardPageSize) {
  public static final Duration MAX_WINDOW = Duration.ofDays(90);

  public SyncPolicy {
    Objects.requireNonNull(primaryWindow, "primaryWindow");
    if (primaryWindow.isNegative()
        || primaryWindow.isZero()
        || primaryWindow.compareTo(MAX_WINDOW) > 0) {
      throw new IllegalArgumentException(
          "primary window must be between 1 second and 90 days, was " + primaryWindow);
    }
    if (statisticsPageLimit < 1) {
      throw new IllegalArgumentException(
          "statistics page limit must be positive, was " + statisticsPageLimit);
    }
    if (feedbackPageSize < 1 || feedbackPageSize > 5_000) {
      throw new IllegalArgumentException(
          "feedback page size must be 1..5000, was " + feedbackPageSize);
    }
    if (cardPageSize < 1 || cardPageSize > 100) {
      throw new IllegalArgumentException("card page size must be 1..100, was " + cardPageSize);
    }
  }

  public static SyncPolicy defaults() {
    return new SyncPolicy(Duration.ofDays(30), 80_000, 1_000, 100);
  }

  public SyncPolicy withStatisticsPageLimit(int limit) {
    return new SyncPolicy(primaryWindow, limit, feedbackPageSize, cardPageSize);
  }

  /** The oldest moment a pass cares about: history before it is neither loaded nor reported. */
  public Instant windowStart(Instant now) {
    return now.minus(primaryWindow);
  }

  /**
   * Where an orders or sales pass starts: the stream's stored cursor, or — before its first page is
   * stored — the start of the primary window, in whole seconds.
   */
  public Instant statisticsCursor(Optional<Instant> stored, Instant now) {
    return stored.orElseGet(() -> StatisticsPaging.cursorAt(windowStart(now)));
  }
}
