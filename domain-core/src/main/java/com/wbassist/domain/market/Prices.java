package com.wbassist.domain.market;

import java.math.BigDecimal;

/**
 * The money of a statistics row, in roubles, signed as WB sends it (returns carry negative amounts)
 * and possibly zero while WB has not filled it yet.
 *
 * @param totalPrice price before any discount
 * @param discountPercent the seller's discount
 * @param spp WB's own discount, percent
 * @param finishedPrice price with every discount but the WB wallet
 * @param priceWithDisc price with the seller's discount: what the seller counts an order as
 * @param forPay what WB pays the seller (sales only, zero on orders)
 */
public record Prices(
    BigDecimal totalPrice,
    int discountPercent,
    BigDecimal spp,
    BigDecimal finishedPrice,
    BigDecimal priceWithDisc,
    BigDecimal forPay) {

  public Prices {
    totalPrice = orZero(totalPrice);
    spp = orZero(spp);
    finishedPrice = orZero(finishedPrice);
    priceWithDisc = orZero(priceWithDisc);
    forPay = orZero(forPay);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
