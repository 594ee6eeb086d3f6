package com.wbassist.application.port.out;

import java.time.Instant;

/**
 * A delivery in a subscription's history.
 *
 * @param eventId the event's id in the body ({@code evt_…}), the same for every subscription
 * @param nextAttemptAt when it is tried again; null once delivered or given up
 */
public record WebhookDelivery(
    long id,
    long subscriptionId,
    String eventType,
    String eventId,
    Status status,
    int attempts,
    Integer lastStatusCode,
    String lastExcerpt,
    Instant createdAt,
    Instant lastAttemptAt,
    Instant nextAttemptAt) {

  public enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }
}
