package com.wbassist.application.service;

import com.wbassist.application.port.in.Dashboard;
import com.wbassist.application.port.in.ShopDashboard;
import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.figures.DashboardPeriod;
import java.time.Clock;
import java.time.Instant;

/**
 * The dashboard from the same {@link ShopFigures#summary} the daily summary reads, so the API and
 * the bot show one shop the same numbers. The application's clock decides what "today" is (a
 * sandbox replay moves it, as it moves the daily summary's days).
 */
public final class ShopDashboardService implements ShopDashboard {
  private final ShopFigures figures;
  private final Clock clock;

  public ShopDashboardService(ShopFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  @Override
  public Dashboard dashboard(ApiCaller caller, DashboardPeriod period) {
    Instant now = clock.instant();
    return new Dashboard(period, now, figures.summary(caller.cabinet(), period.asOf(now)));
  }
}
