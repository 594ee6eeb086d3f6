package com.wbassist.application.fakes;

import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.EventOutbox;
import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.PendingDelivery;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outbox and the delivery queue in memory, with the same identity and lease rules as the
 * database.
 */
public final class InMemoryOutbox implements EventOutbox, DeliveryQueue {
  private final Map<String, Long> idByIdentity = new LinkedHashMap<>();
  private final Map<Long, StoredEvent> events = new LinkedHashMap<>();
  private final Map<Long, Delivery> deliveries = new LinkedHashMap<>();
  private final List<SentDelivery> sent = new ArrayList<>();
  private long nextEventId = 1;
  private long nextDeliveryId = 1;

  /** A delivery the chat accepted, in the order sent: what scenario replays compare. */
  public record SentDelivery(long deliveryId, long telegramId, MarketEvent event, long messageId) {}

  private static final class StoredEvent {
    final OutboxEvent event;
    boolean expanded;
    Instant leasedUntil;

    StoredEvent(OutboxEvent event) {
      this.event = event;
    }
  }

  private static final class Delivery {
    final long id;
    final long eventId;
    final long telegramId;
    final long chatId;
    String status = "PENDING";
    int attempts;
    Instant dueAt;
    Instant leasedUntil;
    String lastError;
    Instant finishedAt;

    Delivery(long id, long eventId, long telegramId, long chatId, Instant dueAt) {
      this.id = id;
      this.eventId = eventId;
      this.telegramId = telegramId;
      this.chatId = chatId;
      this.dueAt = dueAt;
    }
  }

  /** Adds events the way a store's atomic batch does: one per identity, ever. */
  public synchronized void append(List<MarketEvent> newEvents, Instant detectedAt) {
    for (MarketEvent event : newEvents) {
      String identity = identity(event);
      if (!idByIdentity.containsKey(identity)) {
        long id = nextEventId++;
        idByIdentity.put(identity, id);
        events.put(id, new StoredEvent(new OutboxEvent(id, event, detectedAt)));
      }
    }
  }

  public synchronized List<OutboxEvent> allEvents() {
    return events.values().stream().map(e -> e.event).toList();
  }

  public synchronized List<SentDelivery> sent() {
    return List.copyOf(sent);
  }

  public synchronized String status(long deliveryId) {
    return deliveries.get(deliveryId).status;
  }

  /** One delivery as operations read it. */
  public record DeliveryView(
      long id, CabinetId cabinet, String status, Instant detectedAt, Instant finishedAt) {}

  public synchronized List<DeliveryView> deliveryViews() {
    return deliveries.values().stream()
        .map(
            d -> {
              OutboxEvent event = events.get(d.eventId).event;
              return new DeliveryView(
                  d.id, event.event().cabinet(), d.status, event.detectedAt(), d.finishedAt);
            })
        .toList();
  }

  public synchronized int deliveryCount() {
    return deliveries.size();
  }

  /** Chat id lookup for expansion: the in-memory seller store registers it. */
  private java.util.function.LongUnaryOperator chatOf = telegramId -> telegramId;

  public void chatIds(java.util.function.LongUnaryOperator chatOf) {
    this.chatOf = Objects.requireNonNull(chatOf);
  }

  @Override
  public synchronized List<OutboxEvent> claimUnexpanded(int max, Instant now, Duration lease) {
    List<OutboxEvent> claimed = new ArrayList<>();
    for (StoredEvent stored : events.values()) {
      if (claimed.size() == max) {
        break;
      }
      if (!stored.expanded && (stored.leasedUntil == null || !stored.leasedUntil.isAfter(now))) {
        stored.leasedUntil = now.plus(lease);
        claimed.add(stored.event);
      }
    }
    return claimed;
  }

  @Override
  public synchronized void expand(long eventId, List<Long> recipientTelegramIds, Instant now) {
    StoredEvent stored = events.get(eventId);
    if (stored == null || stored.expanded) {
      return;
    }
    for (long telegramId : recipientTelegramIds) {
      boolean exists =
          deliveries.values().stream()
              .anyMatch(d -> d.eventId == eventId && d.telegramId == telegramId);
      if (!exists) {
        long id = nextDeliveryId++;
        deliveries.put(
            id, new Delivery(id, eventId, telegramId, chatOf.applyAsLong(telegramId), now));
      }
    }
    stored.expanded = true;
    stored.leasedUntil = null;
  }

  @Override
  public synchronized List<PendingDelivery> claimPending(int max, Instant now, Duration lease) {
    List<PendingDelivery> claimed = new ArrayList<>();
    deliveries.values().stream()
        .filter(d -> "PENDING".equals(d.status))
        .filter(this::oldestPendingOfItsSeller)
        .filter(d -> !d.dueAt.isAfter(now))
        .filter(d -> d.leasedUntil == null || !d.leasedUntil.isAfter(now))
        .sorted(
            java.util.Comparator.comparingLong((Delivery d) -> d.eventId)
                .thenComparingLong(d -> d.id))
        .limit(max)
        .forEach(
            d -> {
              d.leasedUntil = now.plus(lease);
              claimed.add(
                  new PendingDelivery(
                      d.id, events.get(d.eventId).event, d.telegramId, d.chatId, d.attempts));
            });
    return claimed;
  }

  /** A seller's later deliveries wait for the earlier ones: late news arrives in order. */
  private boolean oldestPendingOfItsSeller(Delivery delivery) {
    return deliveries.values().stream()
        .noneMatch(
            other ->
                other.telegramId == delivery.telegramId
                    && "PENDING".equals(other.status)
                    && other.id < delivery.id);
  }

  @Override
  public synchronized int requeueFailed(CabinetId cabinet, Instant now) {
    int requeued = 0;
    for (Delivery delivery : deliveries.values()) {
      if ("FAILED".equals(delivery.status)
          && events.get(delivery.eventId).event.event().cabinet().equals(cabinet)) {
        delivery.status = "PENDING";
        delivery.dueAt = now;
        delivery.leasedUntil = null;
        delivery.finishedAt = null;
        requeued++;
      }
    }
    return requeued;
  }

  @Override
  public synchronized boolean requeueFailed(CabinetId cabinet, long deliveryId, Instant now) {
    Delivery delivery = deliveries.get(deliveryId);
    if (delivery == null
        || !"FAILED".equals(delivery.status)
        || !events.get(delivery.eventId).event.event().cabinet().equals(cabinet)) {
      return false;
    }
    delivery.status = "PENDING";
    delivery.dueAt = now;
    delivery.leasedUntil = null;
    delivery.finishedAt = null;
    return true;
  }

  @Override
  public synchronized void markSent(long deliveryId, long telegramMessageId, Instant now) {
    Delivery delivery = deliveries.get(deliveryId);
    delivery.status = "SENT";
    delivery.attempts++;
    delivery.leasedUntil = null;
    delivery.finishedAt = now;
    sent.add(
        new SentDelivery(
            deliveryId,
            delivery.telegramId,
            events.get(delivery.eventId).event.event(),
            telegramMessageId));
  }

  @Override
  public synchronized void unclaim(List<Long> deliveryIds) {
    for (long id : deliveryIds) {
      Delivery delivery = deliveries.get(id);
      if (delivery != null && "PENDING".equals(delivery.status)) {
        delivery.leasedUntil = null;
      }
    }
  }

  @Override
  public synchronized void markFailed(long deliveryId, String error, Instant retryAt, Instant now) {
    Delivery delivery = deliveries.get(deliveryId);
    delivery.attempts++;
    delivery.lastError = error;
    delivery.leasedUntil = null;
    if (retryAt == null) {
      delivery.status = "FAILED";
      delivery.finishedAt = now;
    } else {
      delivery.dueAt = retryAt;
    }
  }

  private static String identity(MarketEvent event) {
    return event.cabinet() + "|" + event.type() + "|" + event.key() + "|" + event.episode();
  }
}
