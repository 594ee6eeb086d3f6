package com.wbassist.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How dispatch works through the outbox: how many events or deliveries one claim takes, how long
 * their lease lasts, and how a failing send is retried — with a backoff that doubles up to a
 * ceiling, until the notification is older than {@code giveUpAfter} (by age, not by a count of
 * tries: a Telegram outage of hours must not lose the news it held up).
 */
public record DispatchPolicy(
    int batchSize,
    Duration lease,
    Duration giveUpAfter,
    Duration retryBackoff,
    Duration longestBackoff) {
  public DispatchPolicy {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(longestBackoff, "longestBackoff");
    if (batchSize < 1 || giveUpAfter.isNegative() || giveUpAfter.isZero()) {
      throw new IllegalArgumentException("batch size and the give-up age must be positive");
    }
  }

  public static DispatchPolicy defaults() {
    return new DispatchPolicy(
        100,
        Duration.ofMinutes(2),
        Duration.ofHours(24),
        Duration.ofSeconds(30),
        Duration.ofMinutes(10));
  }

  /** Backoff doubles with each failed attempt, up to the ceiling. */
  public Duration backoffAfter(int attempts) {
    Duration doubled = retryBackoff.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
    return doubled.compareTo(longestBackoff) > 0 ? longestBackoff : doubled;
  }

  /**
   * When to try a notification detected at {@code detectedAt} again, {@code wait} from now; empty
   * when that would be past its give-up age.
   */
  public Optional<Instant> retryAt(Instant detectedAt, Instant now, Duration wait) {
    Instant next = now.plus(wait);
    return next.isAfter(detectedAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
  }
}
