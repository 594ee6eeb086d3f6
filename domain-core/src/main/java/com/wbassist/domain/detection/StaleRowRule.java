package com.wbassist.domain.detection;

import java.time.Duration;
import java.time.Instant;

/** A row whose own date is older than {@code staleAfter} when first seen is history, not news. */
public final class StaleRowRule {
  private final Duration staleAfter;

  public StaleRowRule(Duration staleAfter) {
    this.staleAfter = staleAfter;
  }

  public boolean isStale(Instant rowDate, Instant now) {
    return rowDate.isBefore(now.minus(staleAfter));
  }
}
