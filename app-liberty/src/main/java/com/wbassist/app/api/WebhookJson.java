package com.wbassist.app.api;

import com.wbassist.domain.webhook.WebhookSubscription;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A webhook subscription as the API shows it. {@code secret} is there only in the answer that
 * created it; {@code failingSince} is the first failure since the last accepted delivery.
 */
public record WebhookJson(
    long id,
    String url,
    List<String> types,
    boolean active,
    OffsetDateTime failingSince,
    OffsetDateTime createdAt,
    String secret) {

  static WebhookJson of(WebhookSubscription subscription) {
    return of(subscription, null);
  }

  static WebhookJson of(WebhookSubscription subscription, String secret) {
    return new WebhookJson(
        subscription.id(),
        subscription.url().toString(),
        subscription.types().stream().map(Enum::name).sorted().toList(),
        subscription.active(),
        MoscowJson.time(subscription.failingSince()),
        MoscowJson.time(subscription.createdAt()),
        secret);
  }
}
