package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.DaySummary;
import com.wbassist.domain.figures.EventFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shop's figures as a test sets them: each (cabinet, day) the test gave, else a quiet day; it
 * remembers which days were asked for.
 */
public final class FakeShopFigures implements ShopFigures {
  private final Map<String, DaySummary> days = new HashMap<>();
  private final List<String> asked = new ArrayList<>();

  private Runnable whenAsked = () -> {};

  /** Runs {@code meanwhile} each time a day is asked for, as things happen while summaries go. */
  public synchronized void whenAsked(Runnable meanwhile) {
    this.whenAsked = meanwhile;
  }

  public synchronized void day(CabinetId cabinet, DaySummary summary) {
    days.put(cabinet.sid() + "/" + summary.day(), summary);
  }

  /** A day of {@code orders} orders of 1,000 ₽ each. */
  public static DaySummary ordersOn(LocalDate day, int orders) {
    return new DaySummary(
        day,
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
  public synchronized DaySummary ofDay(CabinetId cabinet, LocalDate moscowDay) {
    asked.add(cabinet.sid() + "/" + moscowDay);
    whenAsked.run();
    return days.getOrDefault(cabinet.sid() + "/" + moscowDay, ordersOn(moscowDay, 0));
  }

  public synchronized List<String> asked() {
    return List.copyOf(asked);
  }
}
