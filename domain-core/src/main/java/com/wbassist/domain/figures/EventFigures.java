package com.wbassist.domain.figures;

import java.math.BigDecimal;

/**
 * The numbers a notification shows beside its event, computed from stored rows (see docs/domain.md
 * for each formula). Any of them may be missing ({@code null}) when there is nothing to compute it
 * from.
 *
 * @param today rows of the event's kind on the Moscow day of the event's own date, up to it
 * @param stockLeft units of the event's size left over all warehouses
 * @param daysOfStock days those units last at the recent order rate
 * @param buyoutRatePercent the article's buyout rate over the last 30 days
 */
public record EventFigures(
    CountAndSum today, Integer stockLeft, BigDecimal daysOfStock, BigDecimal buyoutRatePercent) {

  public static EventFigures none() {
    return new EventFigures(null, null, null, null);
  }
}
