package com.wbassist.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How dispatch works through the outbox: how many events or deliveries one claim takes and how long
 * their lease lasts, how a failing send is retried — with a backoff that doubles up to a ceiling,
 * until the notification is older than {@code giveUpAfter} (by age, not by a count of tries: a
 * Telegram outage of hours must not lose the news it held up) — and how the cluster's one
 * dispatching turn is used.
 *
 * @param batchSize events or deliveries one claim takes
 * @param lease how long a claim holds what it took; a send starts only while its claim has at least
 *     {@code longestSend} left, so the claim always covers the work it holds
 * @param giveUpAfter the age at which a notification not yet sent is given up
 * @param retryBackoff the wait after a first failed send, doubled for each further one
 * @param longestBackoff the ceiling of that wait
 * @param concurrency sends in flight at once (Telegram's pace is kept by the chat adapter; this
 *     only lets the slow answers of several chats overlap) — also the most messages a crash can
 *     repeat
 * @param turn how long the dispatching turn lasts from its last renewal; the holder renews it as it
 *     works and starts no send once it could not
 * @param longestSend the longest one send may take, its retries included
 */
public record DispatchPolicy(
    int batchSize,
    Duration lease,
    Duration giveUpAfter,
    Duration retryBackoff,
    Duration longestBackoff,
    int concurrency,
    Duration turn,
    Duration longestSend) {
  /**
   * Between two holders of the turn: Telegram counts messages per second, so the next holder's
   * first second never meets the last one's.
   */
  public static final Duration QUIET_GAP = Duration.ofSeconds(1);

  public DispatchPolicy {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(longestBackoff, "longestBackoff");
    Objects.requireNonNull(turn, "turn");
    Objects.requireNonNull(longestSend, "longestSend");
    if (batchSize < 1 || concurrency < 1 || giveUpAfter.isNegative() || giveUpAfter.isZero()) {
      throw new IllegalArgumentException(
          "batch size, concurrency and the give-up age must be positive");
    }
    if (lease.compareTo(longestSend) <= 0) {
      throw new IllegalArgumentException(
          "a claim (" + lease + ") must outlast the longest send (" + longestSend + ")");
    }
    if (turn.compareTo(QUIET_GAP.multipliedBy(3)) < 0) {
      throw new IllegalArgumentException("a dispatching turn lasts at least 3 s, was " + turn);
    }
  }

  /** The policy with the default turn: one send at a time, a 15 s turn, sends of up to 2 min. */
  public DispatchPolicy(
      int batchSize,
      Duration lease,
      Duration giveUpAfter,
      Duration retryBackoff,
      Duration longestBackoff) {
    this(
        batchSize,
        lease,
        giveUpAfter,
        retryBackoff,
        longestBackoff,
        1,
        Duration.ofSeconds(15),
        lease.dividedBy(2));
  }

  public static DispatchPolicy defaults() {
    return new DispatchPolicy(
        100,
        Duration.ofSeconds(150),
        Duration.ofHours(24),
        Duration.ofSeconds(30),
        Duration.ofMinutes(10),
        8,
        Duration.ofSeconds(15),
        Duration.ofMinutes(2));
  }

  public DispatchPolicy withConcurrency(int sendsInFlight) {
    return new DispatchPolicy(
        batchSize,
        lease,
        giveUpAfter,
        retryBackoff,
        longestBackoff,
        sendsInFlight,
        turn,
        longestSend);
  }

  public DispatchPolicy withGiveUpAfter(Duration age) {
    return new DispatchPolicy(
        batchSize, lease, age, retryBackoff, longestBackoff, concurrency, turn, longestSend);
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

  /**
   * The last moment a send may start under a turn running until {@code turnUntil} and a claim made
   * at {@code claimedAt}: a margin of one renewal before the turn's end, and a longest send before
   * the claim's.
   */
  Instant lastStart(Instant turnUntil, Instant claimedAt) {
    Instant turnEnd = turnUntil.minus(turn.dividedBy(3));
    Instant claimEnd = claimedAt.plus(lease).minus(longestSend);
    return turnEnd.isBefore(claimEnd) ? turnEnd : claimEnd;
  }
}
