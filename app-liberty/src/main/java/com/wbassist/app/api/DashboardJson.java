package com.wbassist.app.api;

import com.wbassist.application.port.in.Dashboard;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.ShopSummary;
import com.wbassist.domain.figures.SizeRunningOut;
import com.wbassist.domain.figures.TopProduct;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The dashboard as the API shows it: the daily summary's figures of a span of Moscow days. Money in
 * roubles with kopecks, as WB's absolute {@code priceWithDisc}; the buyout rate in whole percent,
 * {@code null} when nothing in the span was bought out or cancelled.
 */
public record DashboardJson(
    String period,
    LocalDate from,
    LocalDate to,
    OffsetDateTime asOf,
    Figure orders,
    Figure buyouts,
    Figure cancellations,
    Figure returns,
    BigDecimal buyoutRatePercent,
    List<Product> topProducts,
    List<Size> sizesRunningOut) {

  /** How many rows of a kind, and their money. */
  public record Figure(int count, BigDecimal sum) {
    static Figure of(CountAndSum figure) {
      return new Figure(figure.count(), rubles(figure.sum()));
    }
  }

  /** One of the products ordered most in the span. */
  public record Product(
      long nmId, String supplierArticle, String title, int orders, BigDecimal sum) {
    static Product of(TopProduct top) {
      return new Product(
          top.nmId(), top.supplierArticle(), top.title(), top.orders(), rubles(top.sum()));
    }
  }

  /**
   * A size at or below the critical stock now; {@code daysOfStock} is {@code null} when it had no
   * order in the 14 days that end with the span.
   */
  public record Size(long nmId, String techSize, String title, int stock, BigDecimal daysOfStock) {
    static Size of(SizeRunningOut size) {
      return new Size(size.nmId(), size.techSize(), size.title(), size.left(), size.daysOfStock());
    }
  }

  static DashboardJson of(Dashboard dashboard) {
    ShopSummary summary = dashboard.summary();
    return new DashboardJson(
        dashboard.period().text(),
        summary.period().first(),
        summary.period().last(),
        MoscowJson.time(dashboard.asOf()),
        Figure.of(summary.orders()),
        Figure.of(summary.buyouts()),
        Figure.of(summary.cancellations()),
        Figure.of(summary.returns()),
        summary.buyoutRatePercent(),
        summary.topProducts().stream().map(Product::of).toList(),
        summary.runningOut().stream().map(Size::of).toList());
  }

  private static BigDecimal rubles(BigDecimal amount) {
    return MoscowJson.money(amount).setScale(2, RoundingMode.HALF_UP);
  }
}
