package com.wbassist.domain.figures;

import com.wbassist.domain.market.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Whole Moscow days of a cabinet, summed up: what the daily summary tells of one day and the
 * sellers' API dashboard of today, yesterday, 7 or 30 days — one shape, computed by one query, so
 * the bot and the API never disagree (decision 0629).
 *
 * @param period the Moscow days, first and last included
 * @param orders orders placed in the period
 * @param buyouts buyouts in the period
 * @param cancellations orders cancelled in the period, by the cancellation's own date
 * @param returns returns in the period
 * @param buyoutRatePercent buyouts ÷ (buyouts + cancellations) of the period (docs/domain.md);
 *     {@code null} when there is nothing to compute it from
 * @param topProducts up to five products ordered most in the period, best first
 * @param runningOut sizes at or below the critical stock now, soonest gone first
 */
public record ShopSummary(
    Period period,
    CountAndSum orders,
    CountAndSum buyouts,
    CountAndSum cancellations,
    CountAndSum returns,
    BigDecimal buyoutRatePercent,
    List<TopProduct> topProducts,
    List<SizeRunningOut> runningOut) {

  public ShopSummary {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(buyouts, "buyouts");
    Objects.requireNonNull(cancellations, "cancellations");
    Objects.requireNonNull(returns, "returns");
    topProducts = List.copyOf(topProducts);
    runningOut = List.copyOf(runningOut);
  }
}
