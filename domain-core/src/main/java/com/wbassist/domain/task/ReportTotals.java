package com.wbassist.domain.task;

import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import java.math.BigDecimal;

/**
 * The summary of a report, added up row by row as the pages go by (so a report of any size needs no
 * second reading): orders with their value and cancellations, buyouts and returns with their value
 * and what WB pays. Returns are counted in absolute amounts, as the seller speaks of them; WB's
 * other sale rows (corrections) are left out, as they are of the report's sheets.
 */
public final class ReportTotals {
  private long orders;
  private long cancelled;
  private BigDecimal ordersValue = BigDecimal.ZERO;
  private long buyouts;
  private BigDecimal buyoutsValue = BigDecimal.ZERO;
  private BigDecimal buyoutsForPay = BigDecimal.ZERO;
  private long returns;
  private BigDecimal returnsValue = BigDecimal.ZERO;
  private BigDecimal returnsForPay = BigDecimal.ZERO;

  public void add(Order order) {
    orders++;
    ordersValue = ordersValue.add(order.prices().priceWithDisc());
    if (order.cancelled()) {
      cancelled++;
    }
  }

  public void add(Sale sale) {
    switch (sale.kind()) {
      case BUYOUT -> {
        buyouts++;
        buyoutsValue = buyoutsValue.add(sale.prices().priceWithDisc().abs());
        buyoutsForPay = buyoutsForPay.add(sale.prices().forPay().abs());
      }
      case RETURN -> {
        returns++;
        returnsValue = returnsValue.add(sale.prices().priceWithDisc().abs());
        returnsForPay = returnsForPay.add(sale.prices().forPay().abs());
      }
      case OTHER -> {
        // corrections: not a buyout nor a return a seller counts
      }
    }
  }

  public long orders() {
    return orders;
  }

  public long cancelled() {
    return cancelled;
  }

  public BigDecimal ordersValue() {
    return ordersValue;
  }

  public long buyouts() {
    return buyouts;
  }

  public BigDecimal buyoutsValue() {
    return buyoutsValue;
  }

  public BigDecimal buyoutsForPay() {
    return buyoutsForPay;
  }

  public long returns() {
    return returns;
  }

  public BigDecimal returnsValue() {
    return returnsValue;
  }

  public BigDecimal returnsForPay() {
    return returnsForPay;
  }

  /** What WB pays for the period: buyouts less returns. */
  public BigDecimal netForPay() {
    return buyoutsForPay.subtract(returnsForPay);
  }
}
