package com.wbassist.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the servers did in one hour, for the operations console's charts. An hour with nothing in it
 * is all zeros, never missing.
 *
 * @param hour the hour's first instant (UTC, whole hour)
 * @param syncs sync passes that ended well in the hour
 * @param failedSyncs sync passes that ended with an error (cancelled ones too)
 * @param events events detected in the hour
 * @param sent notifications Telegram accepted in the hour
 * @param failed notifications given up in the hour
 * @param averageLag from detection to Telegram's acceptance, over the hour's sent notifications
 *     (zero when none)
 * @param longestLag the longest of those
 */
public record HourOfOperations(
    Instant hour,
    long syncs,
    long failedSyncs,
    long events,
    long sent,
    long failed,
    Duration averageLag,
    Duration longestLag) {
  public HourOfOperations {
    Objects.requireNonNull(hour, "hour");
    Objects.requireNonNull(averageLag, "averageLag");
    Objects.requireNonNull(longestLag, "longestLag");
  }

  /** An hour in which nothing happened. */
  public static HourOfOperations quiet(Instant hour) {
    return new HourOfOperations(hour, 0, 0, 0, 0, 0, Duration.ZERO, Duration.ZERO);
  }
}
