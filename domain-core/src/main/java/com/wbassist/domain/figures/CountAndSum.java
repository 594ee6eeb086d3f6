package com.wbassist.domain.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many rows of one kind and the money they show, e.g. "14 заказов на 23 560 ₽".
 *
 * @param count the number of rows
 * @param sum the money of those rows, as their notifications show it (absolute amounts)
 */
public record CountAndSum(int count, BigDecimal sum) {
  public static final CountAndSum NONE = new CountAndSum(0, BigDecimal.ZERO);

  public CountAndSum {
    if (count < 0) {
      throw new IllegalArgumentException("count " + count + " < 0");
    }
    Objects.requireNonNull(sum, "sum");
  }
}
