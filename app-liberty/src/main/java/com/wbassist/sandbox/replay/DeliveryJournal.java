package com.wbassist.sandbox.replay;

import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.PendingDelivery;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which event each sent Telegram message carried, by wrapping the delivery queue: the
 * replay reads the stand-in's chats and needs each notification's type and key.
 */
public final class DeliveryJournal implements DeliveryQueue {
  /** What a sent message was about. */
  public record Entry(long chatId, long messageId, String type, String key) {}

  private final DeliveryQueue queue;
  private final Map<Long, PendingDelivery> claimed = new ConcurrentHashMap<>();

  /** Bounded: a sandbox left running with its demo shop must not grow without end. */
  private final Map<String, Entry> sent =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
              return size() > 50_000;
            }
          });

  public DeliveryJournal(DeliveryQueue queue) {
    this.queue = queue;
  }

  @Override
  public List<PendingDelivery> claimPending(int max, Instant now, Duration lease) {
    List<PendingDelivery> pending = queue.claimPending(max, now, lease);
    pending.forEach(delivery -> claimed.put(delivery.id(), delivery));
    return pending;
  }

  @Override
  public void unclaim(List<Long> deliveryIds) {
    queue.unclaim(deliveryIds);
    deliveryIds.forEach(claimed::remove);
  }

  @Override
  public void markSent(long deliveryId, long telegramMessageId, Instant now) {
    queue.markSent(deliveryId, telegramMessageId, now);
    PendingDelivery delivery = claimed.remove(deliveryId);
    if (delivery != null) {
      var event = delivery.event().event();
      sent.put(
          delivery.chatId() + ":" + telegramMessageId,
          new Entry(delivery.chatId(), telegramMessageId, event.type().name(), event.key()));
    }
  }

  @Override
  public void markFailed(long deliveryId, String error, Instant retryAt, Instant now) {
    queue.markFailed(deliveryId, error, retryAt, now);
    if (retryAt == null) {
      claimed.remove(deliveryId);
    }
  }

  /** Forgets what was sent before: a replay reads only its own messages. */
  public void clear() {
    sent.clear();
  }

  public Optional<Entry> about(long chatId, long messageId) {
    return Optional.ofNullable(sent.get(chatId + ":" + messageId));
  }

  @Override
  public int requeueFailed(CabinetId cabinet, Instant now) {
    return queue.requeueFailed(cabinet, now);
  }

  @Override
  public boolean requeueFailed(CabinetId cabinet, long deliveryId, Instant now) {
    return queue.requeueFailed(cabinet, deliveryId, now);
  }
}
