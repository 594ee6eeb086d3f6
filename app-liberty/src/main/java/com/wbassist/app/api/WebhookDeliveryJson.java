package com.wbassist.app.api;

import com.wbassist.application.port.out.WebhookDelivery;
import java.time.OffsetDateTime;

/**
 * A delivery in a subscription's history: {@code id} is the {@code X-WB-Assist-Delivery} header,
 * {@code eventId} the body's {@code id}; {@code responseCode} is null when the receiver never
 * answered, and {@code response} then says why.
 */
public record WebhookDeliveryJson(
    long id,
    String eventType,
    String eventId,
    String status,
    int attempts,
    Integer responseCode,
    String response,
    OffsetDateTime createdAt,
    OffsetDateTime lastAttemptAt,
    OffsetDateTime nextAttemptAt) {

  static WebhookDeliveryJson of(WebhookDelivery delivery) {
    return new WebhookDeliveryJson(
        delivery.id(),
        delivery.eventType(),
        delivery.eventId(),
        delivery.status().name(),
        delivery.attempts(),
        delivery.lastStatusCode(),
        delivery.lastExcerpt(),
        MoscowJson.time(delivery.createdAt()),
        MoscowJson.time(delivery.lastAttemptAt()),
        MoscowJson.time(delivery.nextAttemptAt()));
  }
}
