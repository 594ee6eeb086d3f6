package com.wbassist.domain.webhook;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One of the events only webhooks carry (a sync finished or failed, a report ready), as the
 * seller's systems receive it. Its {@code key} makes it once: the same key for one cabinet and type
 * is never delivered twice to one subscription.
 *
 * @param data flat facts of the event, text values (the body's {@code data} object)
 */
public record WebhookEvent(
    CabinetId cabinet,
    WebhookEventType type,
    String key,
    Instant occurredAt,
    Map<String, String> data) {
  public WebhookEvent {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(occurredAt, "occurredAt");
    data = Map.copyOf(data);
  }
}
