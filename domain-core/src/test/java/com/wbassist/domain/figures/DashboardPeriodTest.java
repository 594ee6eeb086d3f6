package com.wbassist.domain.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.domain.market.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DashboardPeriodTest {
  @Test
  @DisplayName("a client names a span as today, yesterday, 7d or 30d, in any case; nothing else")
  void names() {
    assertEquals(Optional.of(DashboardPeriod.TODAY), DashboardPeriod.named("today"));
    assertEquals(Optional.of(DashboardPeriod.YESTERDAY), DashboardPeriod.named(" Yesterday "));
    assertEquals(Optional.of(DashboardPeriod.LAST_7_DAYS), DashboardPeriod.named("7d"));
    assertEquals(Optional.of(DashboardPeriod.LAST_30_DAYS), DashboardPeriod.named("30D"));
    assertEquals(Optional.empty(), DashboardPeriod.named("week"));
    assertEquals(Optional.empty(), DashboardPeriod.named("90d"));
    assertEquals(Optional.empty(), DashboardPeriod.named(null));
  }

  @Test
  @DisplayName("the spans count Moscow days back from Moscow's today, across the UTC date line")
  void moscowDays() {
    Instant earlyMoscowMorning = Instant.parse("2026-12-31T21:10:00Z"); // 00:10 on 1 January
    LocalDate newYear = LocalDate.parse("2027-01-01");
    assertEquals(Period.day(newYear), DashboardPeriod.TODAY.asOf(earlyMoscowMorning));
    assertEquals(
        Period.day(newYear.minusDays(1)), DashboardPeriod.YESTERDAY.asOf(earlyMoscowMorning));
    assertEquals(
        new Period(LocalDate.parse("2026-12-26"), newYear),
        DashboardPeriod.LAST_7_DAYS.asOf(earlyMoscowMorning));
    assertEquals(
        new Period(LocalDate.parse("2026-12-03"), newYear),
        DashboardPeriod.LAST_30_DAYS.asOf(earlyMoscowMorning));
  }
}
