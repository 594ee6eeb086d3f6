package com.wbassist.application.service;

import com.wbassist.domain.sync.SyncPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How far into the window a statistics stream has read, by the last row's date: what a waiting
 * seller sees.
 */
final class StatisticsProgress {
  private StatisticsProgress() {}

  static double fraction(SyncPolicy policy, List<Instant> lastChangeDates, Instant now) {
    if (lastChangeDates.isEmpty()) {
      return 1;
    }
    Instant start = policy.windowStart(now);
    long window = Duration.between(start, now).toSeconds();
    long read =
        Duration.between(start, lastChangeDates.get(lastChangeDates.size() - 1)).toSeconds();
    return window <= 0 ? 1 : (double) read / window;
  }
}
