package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.figures.DaySummary;
import com.wbassist.domain.figures.EventFigures;
import java.time.LocalDate;

/**
 * A shop's figures, computed from the rows already stored — never from extra WB calls. The formulas
 * are in docs/domain.md.
 */
public interface ShopFigures {
  /** The numbers shown beside one event's notification. */
  EventFigures ofEvent(MarketEvent event);

  /** One Moscow calendar day of the cabinet, for its daily summary. */
  DaySummary ofDay(CabinetId cabinet, LocalDate moscowDay);
}
