package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.figures.EventFigures;
import com.wbassist.domain.figures.ShopSummary;
import com.wbassist.domain.market.Period;

/**
 * A shop's figures, computed from the rows already stored — never from extra WB calls. The formulas
 * are in docs/domain.md.
 */
public interface ShopFigures {
  /** The numbers shown beside one event's notification. */
  EventFigures ofEvent(MarketEvent event);

  /**
   * Whole Moscow days of the cabinet: one day for its daily summary, a few for the sellers' API
   * dashboard — the one query both read (decision 0629).
   */
  ShopSummary summary(CabinetId cabinet, Period days);
}
