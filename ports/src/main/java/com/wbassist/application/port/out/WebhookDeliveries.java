package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.webhook.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The webhook delivery queue, apart from Telegram's: one delivery per event and subscription (never
 * two), claimed with a lease so several servers share the work and a dead server's deliveries come
 * back. The bot's six events enter it with the outbox's expansion, in the same transaction ({@link
 * EventOutbox#expand}); the others through {@link #add}.
 */
public interface WebhookDeliveries {
  /**
   * One pending delivery for each active subscription of the event's cabinet that asked for its
   * type; nothing when there is none (an event nobody subscribed to is not written).
   *
   * @return how many deliveries were added (0 for an event already added)
   */
  int add(WebhookEvent event, Instant now);

  /** A test event to one subscription of the cabinet, whatever types it asked for. */
  Optional<WebhookDelivery> ping(CabinetId cabinet, long subscriptionId, Instant now);

  /**
   * Leases up to {@code max} deliveries due by {@code now} of active subscriptions, oldest first,
   * but never more than {@code perSubscription} of one subscription at once: deliveries it already
   * has under a lease that has not run out, taken by any server, count against that share. A
   * subscription with a backlog to a slow receiver thus holds only its share, and the others' due
   * deliveries are claimed beside it. Safe to call from several servers at once.
   */
  List<ClaimedWebhook> claim(int max, int perSubscription, Instant now, Duration lease);

  /** Hands back deliveries claimed but not tried (the server is stopping). */
  void unclaim(List<Long> ids);

  /** The receiver answered 2xx. */
  void delivered(long id, WebhookAttempt attempt);

  /**
   * The attempt failed; tried again at {@code retryAt}, or given up when it is null.
   *
   * @param attempt what the receiver answered, or why there was no answer
   */
  void failed(long id, WebhookAttempt attempt, Instant retryAt);

  /**
   * A subscription's deliveries, newest first, at most {@code limit}, older than the delivery id
   * {@code before} when given; empty when the cabinet has no such subscription.
   */
  Optional<List<WebhookDelivery>> history(
      CabinetId cabinet, long subscriptionId, OptionalLong before, int limit);

  /**
   * Sends a delivery of the cabinet's subscription again, soon, with a fresh day of retries; its id
   * stays, so a receiver that already has it can tell.
   */
  Optional<WebhookDelivery> redeliver(
      CabinetId cabinet, long subscriptionId, long deliveryId, Instant now);
}
