package com.wbassist.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How long the stock lasts, as a seller reads it: «на ~6 дней», whole days cut down, and under a
 * day «меньше чем на день» (the tenths {@link DaysOfStock} keeps are no use in a chat).
 */
public final class DaysOfStockText {
  private DaysOfStockText() {}

  public static String lasts(BigDecimal days) {
    long whole = days.setScale(0, RoundingMode.DOWN).longValueExact();
    if (whole < 1) {
      return "меньше чем на день";
    }
    return "на ~" + RussianPlural.DAYS.of(whole);
  }
}
