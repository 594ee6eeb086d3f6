package com.wbassist.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential backoff from {@code first}, doubled each
 * attempt up to {@code longest}, with equal jitter (half the wait fixed, half random) so that many
 * deliveries failing together against one receiver do not come back together. A delivery is given
 * up {@code giveUpAfter} after its first attempt; the last try is made at that moment, not skipped.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {
  public RetrySchedule {
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("waits must be positive, the longest at least the first");
    }
  }

  /** 30 seconds, doubling up to an hour, for a day: about 30 attempts. */
  public static RetrySchedule defaults() {
    return new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(1));
  }

  /**
   * The next attempt after {@code failedAttempts} failures (1 after the first), or empty when the
   * delivery is given up.
   *
   * @param firstAttemptAt when the delivery was first tried (a manual redelivery starts anew)
   */
  public Optional<Instant> next(
      int failedAttempts, Instant firstAttemptAt, Instant now, RandomGenerator random) {
    Instant deadline = firstAttemptAt.plus(giveUpAfter);
    if (!now.isBefore(deadline)) {
      return Optional.empty();
    }
    Duration wait = backoff(failedAttempts);
    long halfMillis = wait.toMillis() / 2;
    Duration jittered =
        Duration.ofMillis(halfMillis + random.nextLong(wait.toMillis() - halfMillis + 1));
    Instant at = now.plus(jittered);
    return Optional.of(at.isAfter(deadline) ? deadline : at);
  }

  /** The wait before jitter: {@code first · 2^(failedAttempts-1)}, at most {@code longest}. */
  Duration backoff(int failedAttempts) {
    int doublings = Math.max(0, failedAttempts - 1);
    if (doublings >= 40) {
      return longest;
    }
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(longest) > 0 ? longest : wait;
  }
}
