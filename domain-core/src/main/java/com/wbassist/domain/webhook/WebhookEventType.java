package com.wbassist.domain.webhook;

import com.wbassist.domain.event.EventType;

/**
 * What a webhook subscription may ask for: the six things the bot tells a seller about, and three
 * that only the seller's own systems care for — a sync finished or failed, a report ready.
 */
public enum WebhookEventType {
  NEW_ORDER,
  ORDER_CANCELLED,
  BUYOUT,
  RETURN,
  NEGATIVE_REVIEW,
  CRITICAL_STOCK,
  SYNC_FINISHED,
  SYNC_FAILED,
  REPORT_READY,
  /** A test event sent on request to one subscription; nobody subscribes to it. */
  PING;

  /** Whether a subscription may ask for this type. */
  public boolean subscribable() {
    return this != PING;
  }

  /** The webhook type of one of the bot's six events: the same name. */
  public static WebhookEventType of(EventType type) {
    return valueOf(type.name());
  }
}
