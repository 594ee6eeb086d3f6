package com.wbassist.application.service;

import com.wbassist.domain.housekeeping.Retention;
import java.time.Duration;
import java.util.Objects;

/**
 * How housekeeping prunes: what it keeps and for how long ({@code retention}), at most {@code
 * batchSize} rows of a kind per statement (a short transaction, a few row locks), and for at most
 * {@code timeBudget} per run, so that a backlog — the first run on a database that never pruned —
 * is worked off over several runs instead of in one long one.
 */
public record HousekeepingPolicy(Retention retention, int batchSize, Duration timeBudget) {
  public HousekeepingPolicy {
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (batchSize < 1 || timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("batch size and time budget must be positive");
    }
  }

  public static HousekeepingPolicy defaults() {
    return with(Retention.defaults());
  }

  /** The given retention, batches of 1,000, two minutes a run. */
  public static HousekeepingPolicy with(Retention retention) {
    return new HousekeepingPolicy(retention, 1_000, Duration.ofMinutes(2));
  }
}
