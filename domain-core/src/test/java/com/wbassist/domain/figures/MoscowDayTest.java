package com.wbassist.domain.figures;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoscowDayTest {

  @Test
  @DisplayName("23:59:59 МСК and 00:00:00 МСК the next second are two days")
  void midnight() {
    assertEquals(LocalDate.parse("2026-11-18"), MoscowDay.of(moscow("2026-11-18T23:59:59")).day());
    assertEquals(LocalDate.parse("2026-11-19"), MoscowDay.of(moscow("2026-11-19T00:00:00")).day());
  }

  @Test
  @DisplayName("the Moscow day is not the UTC day: 21:30 UTC is already tomorrow in Moscow")
  void notTheUtcDay() {
    Instant lateUtc = Instant.parse("2026-11-18T21:30:00Z");
    assertEquals(LocalDate.parse("2026-11-19"), MoscowDay.of(lateUtc).day());
    MoscowDay day = new MoscowDay(LocalDate.parse("2026-11-19"));
    assertEquals(Instant.parse("2026-11-18T21:00:00Z"), day.start());
    assertEquals(Instant.parse("2026-11-19T21:00:00Z"), day.end());
  }

  @Test
  @DisplayName("a day holds its midnight and not the next one")
  void bounds() {
    MoscowDay day = new MoscowDay(LocalDate.parse("2026-11-18"));
    assertTrue(day.contains(moscow("2026-11-18T00:00:00")));
    assertTrue(day.contains(moscow("2026-11-18T23:59:59")));
    assertFalse(day.contains(moscow("2026-11-19T00:00:00")));
    assertFalse(day.contains(moscow("2026-11-17T23:59:59")));
  }
}
