package com.wbassist.domain.housekeeping;

import com.wbassist.domain.token.TokenAttemptLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How long stored things are kept once they have served their purpose; older ones are pruned.
 *
 * <p>Market rows (orders, sales, reviews) are kept at least {@link #WB_HISTORY}, WB's own 90 days,
 * and at least as long as a row stays news ({@code staleAfter}, {@link #marketRowsKept}): a pruned
 * row that WB sends again — a late change to an old order, a review list read far back — is then
 * judged stale by its own date and stored silently, never announced a second time. Shorter would
 * buy little (the big rows are the old ones) and risk exactly that.
 *
 * @param handledUpdates Telegram update ids: long enough for Telegram's webhook retries and the
 *     update inbox's attempts, which are over within hours
 * @param syncRuns sync runs and their per-stream rows (the newest run of a cabinet is always kept)
 * @param notifications deliveries sent or given up, and the events left without deliveries
 * @param marketRows orders, sales and reviews, by their own date
 * @param tokenAttempts token attempts: the attempt limit's window, after which they no longer count
 */
public record Retention(
    Duration handledUpdates,
    Duration syncRuns,
    Duration notifications,
    Duration marketRows,
    Duration tokenAttempts) {
  /** How far back WB's statistics reach. */
  public static final Duration WB_HISTORY = Duration.ofDays(90);

  public Retention {
    Stream.of(handledUpdates, syncRuns, notifications, marketRows, tokenAttempts)
        .forEach(
            d -> {
              Objects.requireNonNull(d, "a retention");
              if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("a retention must be positive, was " + d);
              }
            });
    if (marketRows.compareTo(WB_HISTORY) < 0) {
      throw new IllegalArgumentException(
          "market rows are kept at least WB's 90 days, was " + marketRows.toDays() + " days");
    }
  }

  /** A day of update ids, 14 days of runs, 30 of notifications, 90 of market rows. */
  public static Retention defaults() {
    return new Retention(
        Duration.ofDays(1),
        Duration.ofDays(14),
        Duration.ofDays(30),
        WB_HISTORY,
        TokenAttemptLimit.FIVE_IN_TEN_MINUTES.window());
  }

  /**
   * How long market rows are really kept when {@code asked} is asked for: never less than WB's 90
   * days, nor than a row stays news.
   */
  public static Duration marketRowsKept(Duration asked, Duration staleAfter) {
    return Stream.of(asked, staleAfter, WB_HISTORY).max(Duration::compareTo).orElseThrow();
  }

  /** Update ids handled before this are pruned. */
  public Instant handledUpdatesBefore(Instant now) {
    return now.minus(handledUpdates);
  }

  /**
   * API request counts of windows before this are pruned: only the current minute's count and the
   * previous one's limit a key, and an hour leaves room for servers whose clocks disagree.
   */
  public Instant apiRequestCountsBefore(Instant now) {
    return now.minus(java.time.Duration.ofHours(1));
  }

  /**
   * Background tasks finished before this are pruned: a week lets a seller's system look back at
   * what it asked for; their files expire long before (a day).
   */
  public Instant finishedTasksBefore(Instant now) {
    return now.minus(java.time.Duration.ofDays(7));
  }

  /** Runs started before this are pruned, except the newest of each cabinet. */
  public Instant syncRunsBefore(Instant now) {
    return now.minus(syncRuns);
  }

  /**
   * Deliveries finished (sent or given up) before this are pruned, and events detected before it.
   */
  public Instant notificationsBefore(Instant now) {
    return now.minus(notifications);
  }

  /** Market rows dated before this are pruned (when their stream's cursor is past them). */
  public Instant marketRowsBefore(Instant now) {
    return now.minus(marketRows);
  }

  /**
   * Attempts at or before this no longer count ({@link TokenAttemptLimit#forgottenUpTo}) and are
   * pruned.
   */
  public Instant tokenAttemptsUpTo(Instant now) {
    return now.minus(tokenAttempts);
  }
}
