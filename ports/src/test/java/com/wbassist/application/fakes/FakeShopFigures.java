package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.EventFigures;
import com.wbassist.domain.figures.ShopSummary;
import com.wbassist.domain.market.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shop's figures as a test sets them: each (cabinet, period) the test gave, else a quiet one; it
 * remembers which periods were asked for ({@code sid/2026-11-18}, {@code
 * sid/2026-11-12..2026-11-18}).
 */
public final class FakeShopFigures implements ShopFigures {
  private final Map<String, ShopSummary> days = new HashMap<>();
  private final List<String> asked = new ArrayList<>();

  private Runnable whenAsked = () -> {};

  /** Runs {@code meanwhile} each time a day is asked for, as things happen while summaries go. */
  public synchronized void whenAsked(Runnable meanwhile) {
    this.whenAsked = meanwhile;
  }

  public synchronized void day(CabinetId cabinet, ShopSummary summary) {
    days.put(key(cabinet, summary.period()), summary);
  }

  /** A one-day period by its day, a longer one by its first and last days. */
  private static String key(CabinetId cabinet, Period days) {
    return cabinet.sid()
        + "/"
        + (days.first().equals(days.last()) ? days.first() : days.first() + ".." + days.last());
  }

  /** A day of {@code orders} orders of 1,000 ₽ each. */
  public static ShopSummary ordersOn(LocalDate day, int orders) {
    return ordersIn(Period.day(day), orders);
  }

  /** A period of {@code orders} orders of 1,000 ₽ each. */
  public static ShopSummary ordersIn(Period days, int orders) {
    return new ShopSummary(
        days,
        new CountAndSum(orders, BigDecimal.valueOf(1000L * orders)),
        CountAndSum.NONE,
        CountAndSum.NONE,
        CountAndSum.NONE,
        null,
        List.of(),
        List.of());
  }

  @Override
  public EventFigures ofEvent(MarketEvent event) {
    return EventFigures.none();
  }

  @Override
  public synchronized ShopSummary summary(CabinetId cabinet, Period period) {
    String key = key(cabinet, period);
    asked.add(key);
    whenAsked.run();
    return days.getOrDefault(key, ordersIn(period, 0));
  }

  public synchronized List<String> asked() {
    return List.copyOf(asked);
  }
}
