package com.wbassist.domain.summary;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * Whether a seller wants the daily summary, and at what Moscow time: on, at 09:00, unless they
 * change it.
 *
 * @param on whether it is sent at all (the global notifications switch silences it too)
 * @param at the Moscow time of day from which it is sent, in whole minutes
 */
public record DailySummarySettings(boolean on, LocalTime at) {
  public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
  public static final DailySummarySettings DEFAULT = new DailySummarySettings(true, DEFAULT_TIME);

  /** The times the settings menu offers: early morning to late evening, Moscow time. */
  public static final List<LocalTime> CHOICES =
      List.of(
          LocalTime.of(6, 0),
          LocalTime.of(7, 0),
          LocalTime.of(8, 0),
          LocalTime.of(9, 0),
          LocalTime.of(10, 0),
          LocalTime.of(12, 0),
          LocalTime.of(18, 0),
          LocalTime.of(21, 0));

  public DailySummarySettings {
    Objects.requireNonNull(at, "at");
    at = at.withSecond(0).withNano(0);
  }

  public DailySummarySettings toggled() {
    return new DailySummarySettings(!on, at);
  }

  /** A new time turns the summary on: choosing when to get it is asking for it. */
  public DailySummarySettings at(LocalTime time) {
    return new DailySummarySettings(true, time);
  }
}
