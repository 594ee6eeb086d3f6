package com.wbassist.domain.detection;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of event detection.
 *
 * @param staleAfter a row older than this when first seen is stored silently (WB delivers rows 1–3
 *     days late)
 * @param negativeMax reviews with at most this many stars are negative
 * @param criticalStock a size whose total falls to at most this many units is running out
 */
public record DetectionPolicy(Duration staleAfter, int negativeMax, int criticalStock) {

  public DetectionPolicy {
    Objects.requireNonNull(staleAfter, "staleAfter");
    if (staleAfter.isNegative() || staleAfter.isZero()) {
      throw new IllegalArgumentException("staleAfter must be positive, was " + staleAfter);
    }
    if (negativeMax < 1 || negativeMax > 5) {
      throw new IllegalArgumentException("negativeMax must be 1..5 stars, was " + negativeMax);
    }
    if (criticalStock < 0) {
      throw new IllegalArgumentException(
          "criticalStock must not be negative, was " + criticalStock);
    }
  }

  public static DetectionPolicy defaults() {
    return new DetectionPolicy(Duration.ofDays(7), 3, 2);
  }
}
