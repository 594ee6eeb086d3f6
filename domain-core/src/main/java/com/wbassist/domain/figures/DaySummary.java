package com.wbassist.domain.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One Moscow calendar day of a cabinet, as the daily summary tells it.
 *
 * @param day the Moscow calendar day
 * @param orders orders placed that day
 * @param buyouts buyouts that day
 * @param cancellations orders cancelled that day
 * @param returns returns that day
 * @param buyoutRatePercent the buyout rate (see docs/domain.md); {@code null} when there is nothing
 *     to compute it from
 * @param topProducts up to five best-selling products, best first
 * @param runningOut sizes at or below the critical stock now
 */
public record DaySummary(
    LocalDate day,
    CountAndSum orders,
    CountAndSum buyouts,
    CountAndSum cancellations,
    CountAndSum returns,
    BigDecimal buyoutRatePercent,
    List<TopProduct> topProducts,
    List<SizeRunningOut> runningOut) {

  public DaySummary {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(buyouts, "buyouts");
    Objects.requireNonNull(cancellations, "cancellations");
    Objects.requireNonNull(returns, "returns");
    topProducts = List.copyOf(topProducts);
    runningOut = List.copyOf(runningOut);
  }
}
