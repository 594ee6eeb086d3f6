package com.wbassist.domain.figures;

import com.wbassist.domain.market.MoscowTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Moscow calendar day as a span of instants, from its midnight (included) to the next (excluded).
 * The seller's "today" is Moscow's, whatever the server's or the database's zone: a row at 23:59:59
 * МСК and one at 00:00:00 МСК the next day are two days, though both fall on one UTC day.
 */
public record MoscowDay(LocalDate day) {

  public MoscowDay {
    Objects.requireNonNull(day, "day");
  }

  public static MoscowDay of(Instant instant) {
    return new MoscowDay(MoscowTime.toLocal(instant).toLocalDate());
  }

  /** The day's first instant: its midnight in Moscow. */
  public Instant start() {
    return day.atStartOfDay(MoscowTime.ZONE).toInstant();
  }

  /** The next day's midnight: the first instant that is no longer this day. */
  public Instant end() {
    return day.plusDays(1).atStartOfDay(MoscowTime.ZONE).toInstant();
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(start()) && instant.isBefore(end());
  }
}
