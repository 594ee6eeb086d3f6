package com.wbassist.domain.sync;

import com.wbassist.domain.cabinet.Cabinet;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a cabinet is due for its next sync, and how late it is, as operators read it: the same rule
 * the sync claim applies (never synced: due since it was connected; otherwise {@code interval}
 * after the last pass ended; waiting for a token: not scheduled at all).
 *
 * @param interval how often cabinets are synced
 */
public record SyncTimetable(Duration interval) {
  public SyncTimetable {
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("the sync interval must not be negative, was " + interval);
    }
  }

  /** When the cabinet's next pass is due; empty while it waits for a seller's new token. */
  public Optional<Instant> nextSync(Cabinet cabinet) {
    if (cabinet.needsNewToken()) {
      return Optional.empty();
    }
    return Optional.of(
        cabinet.lastSyncAt() == null ? cabinet.createdAt() : cabinet.lastSyncAt().plus(interval));
  }

  /**
   * How long the cabinet has been due without a pass ending: zero when it is not due yet or not
   * scheduled. A lag that keeps growing past one interval means the servers cannot keep up, or a
   * pass is stuck.
   */
  public Duration lag(Cabinet cabinet, Instant now) {
    return nextSync(cabinet)
        .filter(due -> due.isBefore(now))
        .map(due -> Duration.between(due, now))
        .orElse(Duration.ZERO);
  }
}
