package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.webhook.WebhookSecret;
import java.net.URI;
import java.time.Instant;

/**
 * A delivery leased for an attempt, with what sending it needs: where, the secret to sign with, and
 * the body as it was written when the event entered the queue (the same bytes every attempt).
 *
 * @param firstAttemptAt the first attempt since it was written or redelivered; null before it
 */
public record ClaimedWebhook(
    long id,
    long subscriptionId,
    CabinetId cabinet,
    URI url,
    WebhookSecret secret,
    String eventType,
    String body,
    int attempts,
    Instant firstAttemptAt) {

  @Override
  public String toString() {
    return "ClaimedWebhook[" + id + " of subscription " + subscriptionId + ", " + eventType + "]";
  }
}
