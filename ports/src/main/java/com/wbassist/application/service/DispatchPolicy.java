package com.wbassist.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How dispatch works through the outbox: how many events or deliveries one claim takes, how long
 * their lease lasts, how often a failing send is retried and how long it waits between tries.
 */
public record DispatchPolicy(
    int batchSize, Duration lease, int maxAttempts, Duration retryBackoff) {
  public DispatchPolicy {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("batch size and attempts must be positive");
    }
  }

  public static DispatchPolicy defaults() {
    return new DispatchPolicy(100, Duration.ofMinutes(2), 5, Duration.ofSeconds(30));
  }

  /** Backoff doubles with each failed attempt. */
  public Duration backoffAfter(int attempts) {
    return retryBackoff.multipliedBy(1L << Math.min(10, Math.max(0, attempts - 1)));
  }
}
