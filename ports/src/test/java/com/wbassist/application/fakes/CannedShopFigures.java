package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.EventFigures;
import com.wbassist.domain.figures.ShopSummary;
import com.wbassist.domain.market.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop's figures as a test sets them: per event key and per cabinet day, none (or a quiet day)
 * unless set. Records what was asked, and can fail, so a test sees how often and what happens then.
 * The real formulas are tested in domain-core and on PostgreSQL.
 */
public final class CannedShopFigures implements ShopFigures {
  private final Map<String, EventFigures> byKey = new HashMap<>();
  private final Map<String, ShopSummary> byDay = new HashMap<>();
  private final List<String> asked = new ArrayList<>();
  private boolean failing;

  public synchronized CannedShopFigures forEvent(String key, EventFigures figures) {
    byKey.put(key, figures);
    return this;
  }

  public synchronized CannedShopFigures forDay(CabinetId cabinet, ShopSummary summary) {
    byDay.put(cabinet.sid() + "/" + summary.period(), summary);
    return this;
  }

  public synchronized void failing(boolean fail) {
    this.failing = fail;
  }

  /** The keys of the events asked about, in order. */
  public synchronized List<String> asked() {
    return List.copyOf(asked);
  }

  @Override
  public synchronized EventFigures ofEvent(MarketEvent event) {
    asked.add(event.key());
    if (failing) {
      throw new IllegalStateException("figures unavailable (test)");
    }
    return byKey.getOrDefault(event.key(), EventFigures.none());
  }

  @Override
  public synchronized ShopSummary summary(CabinetId cabinet, Period days) {
    if (failing) {
      throw new IllegalStateException("figures unavailable (test)");
    }
    return byDay.getOrDefault(
        cabinet.sid() + "/" + days,
        new ShopSummary(
            days,
            CountAndSum.NONE,
            CountAndSum.NONE,
            CountAndSum.NONE,
            CountAndSum.NONE,
            null,
            List.of(),
            List.of()));
  }
}
