package com.wbassist.application.service;

import com.wbassist.domain.webhook.RetrySchedule;
import java.time.Duration;

/**
 * How webhook deliveries are sent: {@code concurrency} at once on their own threads, claimed {@code
 * batchSize} at a time under a lease long enough for a whole batch of slow receivers, a run lasting
 * at most {@code runFor}, failures retried on the schedule.
 */
public record WebhookPolicy(
    int concurrency, int batchSize, Duration lease, Duration runFor, RetrySchedule retries) {
  public WebhookPolicy {
    if (concurrency < 1 || batchSize < 1) {
      throw new IllegalArgumentException("concurrency and batch size must be positive");
    }
  }

  /** Four at once. */
  public static WebhookPolicy defaults() {
    return withConcurrency(4);
  }

  public static WebhookPolicy withConcurrency(int concurrency) {
    return new WebhookPolicy(
        concurrency,
        concurrency,
        Duration.ofMinutes(5),
        Duration.ofMinutes(1),
        RetrySchedule.defaults());
  }
}
