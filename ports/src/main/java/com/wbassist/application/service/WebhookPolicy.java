package com.wbassist.application.service;

import com.wbassist.domain.webhook.RetrySchedule;
import java.time.Duration;

/**
 * How webhook deliveries are sent: {@code concurrency} at once on their own threads, at most {@code
 * perSubscription} of one subscription in flight across the cluster, claimed {@code batchSize} at a
 * time under a lease long enough for a whole batch of slow receivers, a run lasting at most {@code
 * runFor}, failures retried on the schedule.
 */
public record WebhookPolicy(
    int concurrency,
    int perSubscription,
    int batchSize,
    Duration lease,
    Duration runFor,
    RetrySchedule retries) {
  /**
   * One delivery of a subscription in flight at a time: its receiver gets its events one after the
   * other, oldest first, as a webhook consumer usually expects, and a backlog to a slow receiver
   * holds one sending slot, never all of them.
   */
  public static final int ONE_AT_A_TIME = 1;

  public WebhookPolicy {
    if (concurrency < 1 || perSubscription < 1 || batchSize < 1) {
      throw new IllegalArgumentException(
          "concurrency, the share per subscription and batch size must be positive");
    }
  }

  /** Four at once, one of a subscription at a time. */
  public static WebhookPolicy defaults() {
    return withConcurrency(4);
  }

  public static WebhookPolicy withConcurrency(int concurrency) {
    return new WebhookPolicy(
        concurrency,
        ONE_AT_A_TIME,
        concurrency,
        Duration.ofMinutes(5),
        Duration.ofMinutes(1),
        RetrySchedule.defaults());
  }
}
