package com.wbassist.application.service;

import java.time.Duration;
import java.time.Instant;

/**
 * Pauses dispatch while Telegram does not answer: after {@code threshold} sends in a row failed for
 * reasons of Telegram's (timeouts, 5xx, no Bot API), no send is tried for a pause that doubles with
 * each relapse (up to a ceiling); after the pause one send is tried — success closes it, failure
 * opens it again. Without it every delivery of a batch would wait out its own timeouts, holding
 * dispatch for most of an hour. One per dispatcher; a refused message or a blocked chat is not
 * Telegram being down and does not count.
 */
public final class BotApiBreaker {
  private final int threshold;
  private final Duration firstPause;
  private final Duration longestPause;

  private int failuresInARow;
  private Duration pause;
  private Instant closedAgainAt = Instant.MIN;

  public BotApiBreaker(int threshold, Duration firstPause, Duration longestPause) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be positive");
    }
    this.threshold = threshold;
    this.firstPause = firstPause;
    this.longestPause = longestPause;
    this.pause = firstPause;
  }

  public static BotApiBreaker defaults() {
    return new BotApiBreaker(3, Duration.ofSeconds(30), Duration.ofMinutes(5));
  }

  /** Whether a send may be tried now. */
  public synchronized boolean allows(Instant now) {
    return !now.isBefore(closedAgainAt);
  }

  /** Until when sends are paused ({@code now} or earlier when they are not). */
  public synchronized Instant pausedUntil() {
    return closedAgainAt;
  }

  public synchronized void succeeded() {
    failuresInARow = 0;
    pause = firstPause;
  }

  /** A send failed because Telegram did not answer as it should. */
  public synchronized void failed(Instant now) {
    failuresInARow++;
    if (failuresInARow >= threshold) {
      closedAgainAt = now.plus(pause);
      Duration doubled = pause.multipliedBy(2);
      pause = doubled.compareTo(longestPause) > 0 ? longestPause : doubled;
      // After the pause one try decides: it is the threshold-th failure in a row if it fails.
      failuresInARow = threshold - 1;
    }
  }
}
