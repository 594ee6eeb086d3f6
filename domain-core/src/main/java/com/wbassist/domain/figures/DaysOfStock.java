package com.wbassist.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * How many days a size's units last at its recent order rate: units left ÷ (orders of the size in
 * the last {@link #WINDOW} ÷ its days). Cancelled orders are not counted: their units come back.
 *
 * <p>Why 14 days: a week is too short (one promotion day doubles the rate; weekends weigh a third),
 * a month too slow (a size that started selling last week looks dead). Two weeks hold two of each
 * weekday, and WB's own "оборачиваемость" also looks back over weeks, not days. No order in the
 * window, no figure: dividing by a rate of zero says nothing a seller can use.
 *
 * <p>The result is cut down to tenths — a seller would rather reorder a day early than a day late.
 */
public final class DaysOfStock {
  public static final Duration WINDOW = Duration.ofDays(14);

  private DaysOfStock() {}

  public static Optional<BigDecimal> of(int unitsLeft, int ordersInWindow) {
    if (ordersInWindow <= 0 || unitsLeft < 0) {
      return Optional.empty();
    }
    BigDecimal perDay =
        BigDecimal.valueOf(ordersInWindow)
            .divide(BigDecimal.valueOf(WINDOW.toDays()), 10, RoundingMode.HALF_UP);
    return Optional.of(BigDecimal.valueOf(unitsLeft).divide(perDay, 1, RoundingMode.DOWN));
  }
}
