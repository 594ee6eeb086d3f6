package com.wbassist.domain.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  @DisplayName("a period is whole Moscow days: it starts and ends at Moscow midnight")
  void moscowDays() {
    Period december = new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    assertEquals(Instant.parse("2026-11-30T21:00:00Z"), december.start());
    assertEquals(Instant.parse("2026-12-31T21:00:00Z"), december.end());
    assertTrue(december.contains(Instant.parse("2026-11-30T21:00:00Z")));
    assertFalse(december.contains(Instant.parse("2026-11-30T20:59:59Z")));
    assertFalse(december.contains(Instant.parse("2026-12-31T21:00:00Z")));
  }

  @Test
  @DisplayName(
      "the last seven days end with today in Moscow, even while it is still yesterday in UTC")
  void lastDays() {
    Clock lateEvening = Clock.fixed(Instant.parse("2026-12-01T22:30:00Z"), ZoneOffset.UTC);
    Period week = Period.lastDays(7, lateEvening);
    assertEquals(LocalDate.of(2026, 12, 2), week.last());
    assertEquals(LocalDate.of(2026, 11, 26), week.first());
  }

  @Test
  @DisplayName(
      "a period that ends before it starts, or is longer than WB keeps, is refused with why")
  void refused() {
    var backwards =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Period(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
    assertTrue(backwards.getMessage().contains("before it starts"));
    new Period(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 1));
    var tooLong =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Period(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 12, 1)));
    assertTrue(tooLong.getMessage().contains("at most 90"));
  }
}
