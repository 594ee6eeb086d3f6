package com.wbassist.application.port.in;

/** Sends the webhook deliveries that are due, on the deliveries' own threads. */
public interface DeliverWebhooks {
  /** One run: claims and sends until nothing is due, the run's time is up, or it must stop. */
  WebhookReport deliver();

  /**
   * What a run did.
   *
   * @param delivered deliveries a receiver accepted
   * @param failed attempts that failed (tried again later, or given up)
   * @param paused subscriptions this run paused after a day of failures
   */
  record WebhookReport(int delivered, int failed, int paused) {}
}
