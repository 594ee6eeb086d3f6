package com.wbassist.domain.market;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Whole Moscow calendar days, first and last included, within what WB keeps: the period of an API
 * query or a report. A row belongs to it by its own date (order {@code date}, sale {@code date},
 * feedback {@code createdDate}).
 */
public record Period(LocalDate first, LocalDate last) {
  /** WB's statistics keep 90 days; a longer period could only be partly answered. */
  public static final int LONGEST_DAYS = 90;

  public Period {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "the period ends (" + last + ") before it starts (" + first + ")");
    }
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    if (days > LONGEST_DAYS) {
      throw new IllegalArgumentException(
          "the period has " + days + " days; at most " + LONGEST_DAYS + " (what WB keeps)");
    }
  }

  /** One Moscow calendar day. */
  public static Period day(LocalDate day) {
    return new Period(day, day);
  }

  /** The last {@code days} Moscow days, today included. */
  public static Period lastDays(int days, Clock clock) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), MoscowTime.ZONE);
    return new Period(today.minusDays(days - 1L), today);
  }

  /** The first instant of the period. */
  public Instant start() {
    return first.atStartOfDay(MoscowTime.ZONE).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return last.plusDays(1).atStartOfDay(MoscowTime.ZONE).toInstant();
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(start()) && instant.isBefore(end());
  }
}
