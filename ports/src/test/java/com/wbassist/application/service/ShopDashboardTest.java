package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.wbassist.application.fakes.FakeShopFigures;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.port.in.Dashboard;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.figures.DashboardPeriod;
import com.wbassist.domain.figures.ShopSummary;
import com.wbassist.domain.market.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShopDashboardTest {
  private static final CabinetId SHOP = new CabinetId("dashboard-shop");
  private static final CabinetId OTHER = new CabinetId("other-shop");
  private static final ApiCaller CALLER = new ApiCaller("AbCdEfGh", SHOP);

  /** 23:59:59 in Moscow on 17 November, still 20:59:59 on the UTC clock. */
  private static final Instant LAST_SECOND_OF_17TH = Instant.parse("2026-11-17T20:59:59Z");

  private final MutableClock clock = new MutableClock(LAST_SECOND_OF_17TH);
  private final FakeShopFigures figures = new FakeShopFigures();
  private final ShopDashboardService dashboard = new ShopDashboardService(figures, clock);

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  @DisplayName("today is Moscow's: at 00:00 МСК it is the new day, though UTC is still on the old")
  void todayTurnsAtMoscowMidnight() {
    assertEquals(
        Period.day(day("2026-11-17")),
        dashboard.dashboard(CALLER, DashboardPeriod.TODAY).summary().period());
    clock.set(Instant.parse("2026-11-17T21:00:00Z"));
    Dashboard midnight = dashboard.dashboard(CALLER, DashboardPeriod.TODAY);
    assertEquals(Period.day(day("2026-11-18")), midnight.summary().period());
    assertEquals(Instant.parse("2026-11-17T21:00:00Z"), midnight.asOf(), "today so far, as of now");
  }

  @Test
  @DisplayName("yesterday is the Moscow day before; 7 and 30 days end with today and include it")
  void spans() {
    clock.set(Instant.parse("2026-11-17T21:30:00Z")); // 00:30 МСК on the 18th
    assertEquals(
        Period.day(day("2026-11-17")),
        dashboard.dashboard(CALLER, DashboardPeriod.YESTERDAY).summary().period());
    assertEquals(
        new Period(day("2026-11-12"), day("2026-11-18")),
        dashboard.dashboard(CALLER, DashboardPeriod.LAST_7_DAYS).summary().period());
    assertEquals(
        new Period(day("2026-10-20"), day("2026-11-18")),
        dashboard.dashboard(CALLER, DashboardPeriod.LAST_30_DAYS).summary().period());
  }

  @Test
  @DisplayName("a key's dashboard is of its own shop: another shop's figures are never asked for")
  void callersShopOnly() {
    ShopSummary ours = FakeShopFigures.ordersOn(day("2026-11-17"), 3);
    figures.day(SHOP, ours);
    figures.day(OTHER, FakeShopFigures.ordersOn(day("2026-11-17"), 40));
    Dashboard shown = dashboard.dashboard(CALLER, DashboardPeriod.TODAY);
    assertSame(ours, shown.summary());
    assertEquals(List.of("dashboard-shop/2026-11-17"), figures.asked());
  }

  @Test
  @DisplayName("yesterday's dashboard asks the very question the daily summary of that day asks")
  void yesterdayIsTheDailySummarysDay() {
    clock.set(Instant.parse("2026-11-18T06:00:00Z"));
    dashboard.dashboard(CALLER, DashboardPeriod.YESTERDAY);
    dashboard.dashboard(CALLER, DashboardPeriod.LAST_7_DAYS);
    assertEquals(
        List.of("dashboard-shop/2026-11-17", "dashboard-shop/2026-11-12..2026-11-18"),
        figures.asked());
  }
}
