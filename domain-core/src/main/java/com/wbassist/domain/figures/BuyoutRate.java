package com.wbassist.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * WB's «процент выкупа»: of the orders that came to an end, the share the buyers kept — buyouts ÷
 * (buyouts + cancellations) × 100, over {@link #WINDOW} (the cabinet's default for the figure).
 * Orders still on their way are in neither count, as in the cabinet, which counts only finished
 * orders; a cancellation here is an order WB marked cancelled (a refusal at the pick-up point
 * included), dated by its own date. Returns after a buyout are not subtracted: the cabinet shows
 * them apart. Whole percent, halves up; no finished order, no figure.
 */
public final class BuyoutRate {
  public static final Duration WINDOW = Duration.ofDays(30);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BuyoutRate() {}

  public static Optional<BigDecimal> of(int buyouts, int cancellations) {
    int finished = buyouts + cancellations;
    if (buyouts < 0 || cancellations < 0 || finished == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(buyouts)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(finished), 0, RoundingMode.HALF_UP));
  }
}
