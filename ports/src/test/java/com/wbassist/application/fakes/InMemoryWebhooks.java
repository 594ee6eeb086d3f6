package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ClaimedWebhook;
import com.wbassist.application.port.out.WebhookAttempt;
import com.wbassist.application.port.out.WebhookDeliveries;
import com.wbassist.application.port.out.WebhookDelivery;
import com.wbassist.application.port.out.WebhookDelivery.Status;
import com.wbassist.application.port.out.WebhookSubscriptions;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.webhook.WebhookEvent;
import com.wbassist.domain.webhook.WebhookEventType;
import com.wbassist.domain.webhook.WebhookSecret;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Subscriptions and their delivery queue in memory, with the adapter's rules. */
public final class InMemoryWebhooks implements WebhookSubscriptions, WebhookDeliveries {
  private final Map<Long, WebhookSubscription> subscriptions = new TreeMap<>();
  private final Map<Long, WebhookSecret> secrets = new HashMap<>();
  private final Map<Long, Row> deliveries = new TreeMap<>();
  private long nextId = 1;

  /** A delivery as stored. */
  private static final class Row {
    long id;
    long subscriptionId;
    String type;
    String eventId;
    String body;
    Status status = Status.PENDING;
    int attempts;
    Instant due;
    Instant leaseUntil;
    Instant firstAttemptAt;
    Instant createdAt;
    Instant lastAttemptAt;
    Integer lastStatus;
    String lastExcerpt;

    WebhookDelivery view() {
      return new WebhookDelivery(
          id,
          subscriptionId,
          type,
          eventId,
          status,
          attempts,
          lastStatus,
          lastExcerpt,
          createdAt,
          lastAttemptAt,
          status == Status.PENDING ? due : null);
    }
  }

  /** What a delivery's body is, for the bot's six events written by the outbox's expansion. */
  public synchronized int addOutboxEvent(
      CabinetId cabinet, WebhookEventType type, String eventId, String body, Instant now) {
    int added = 0;
    for (WebhookSubscription subscription : subscriptions.values()) {
      if (subscription.cabinet().equals(cabinet)
          && subscription.active()
          && subscription.wants(type)
          && deliveries.values().stream()
              .noneMatch(d -> d.subscriptionId == subscription.id() && d.eventId.equals(eventId))) {
        row(subscription.id(), type.name(), eventId, body, now);
        added++;
      }
    }
    return added;
  }

  public synchronized List<WebhookDelivery> all() {
    return deliveries.values().stream().map(Row::view).toList();
  }

  public synchronized String bodyOf(long deliveryId) {
    return deliveries.get(deliveryId).body;
  }

  @Override
  public synchronized WebhookSubscription add(
      WebhookSubscription subscription, WebhookSecret secret) {
    long id = nextId++;
    WebhookSubscription stored =
        new WebhookSubscription(
            id,
            subscription.cabinet(),
            subscription.url(),
            subscription.types(),
            subscription.state(),
            subscription.failingSince(),
            subscription.createdAt());
    subscriptions.put(id, stored);
    secrets.put(id, secret);
    return stored;
  }

  @Override
  public synchronized List<WebhookSubscription> of(CabinetId cabinet) {
    return subscriptions.values().stream().filter(s -> s.cabinet().equals(cabinet)).toList();
  }

  @Override
  public synchronized Optional<WebhookSubscription> find(CabinetId cabinet, long id) {
    return Optional.ofNullable(subscriptions.get(id)).filter(s -> s.cabinet().equals(cabinet));
  }

  @Override
  public synchronized boolean update(WebhookSubscription changed, Instant now) {
    Optional<WebhookSubscription> before = find(changed.cabinet(), changed.id());
    if (before.isEmpty()) {
      return false;
    }
    subscriptions.put(changed.id(), changed);
    if (!before.get().active() && changed.active()) {
      deliveries.values().stream()
          .filter(d -> d.subscriptionId == changed.id() && d.status == Status.PENDING)
          .forEach(d -> d.firstAttemptAt = null);
    }
    return true;
  }

  @Override
  public synchronized boolean delete(CabinetId cabinet, long id) {
    if (find(cabinet, id).isEmpty()) {
      return false;
    }
    subscriptions.remove(id);
    deliveries.values().removeIf(d -> d.subscriptionId == id);
    return true;
  }

  @Override
  public synchronized Optional<WebhookSubscription> failing(long id, Instant now) {
    WebhookSubscription s = subscriptions.get(id);
    if (s == null) {
      return Optional.empty();
    }
    if (s.failingSince() == null) {
      s =
          new WebhookSubscription(
              s.id(), s.cabinet(), s.url(), s.types(), s.state(), now, s.createdAt());
      subscriptions.put(id, s);
    }
    return Optional.of(s);
  }

  @Override
  public synchronized void succeeded(long id) {
    subscriptions.computeIfPresent(id, (k, s) -> s.succeeded());
  }

  @Override
  public synchronized boolean pauseIfActive(long id) {
    WebhookSubscription s = subscriptions.get(id);
    if (s == null || !s.active()) {
      return false;
    }
    subscriptions.put(id, s.paused());
    return true;
  }

  @Override
  public synchronized int add(WebhookEvent event, Instant now) {
    return addOutboxEvent(event.cabinet(), event.type(), event.key(), "{}", now);
  }

  @Override
  public synchronized Optional<WebhookDelivery> ping(
      CabinetId cabinet, long subscriptionId, Instant now) {
    return find(cabinet, subscriptionId)
        .map(s -> row(s.id(), "PING", "ping-" + nextId, "{\"type\":\"PING\"}", now).view());
  }

  @Override
  public synchronized List<ClaimedWebhook> claim(
      int max, int perSubscription, Instant now, Duration lease) {
    Map<Long, Integer> inFlight = new HashMap<>();
    for (Row d : deliveries.values()) {
      if (d.status == Status.PENDING && d.leaseUntil != null && d.leaseUntil.isAfter(now)) {
        inFlight.merge(d.subscriptionId, 1, Integer::sum);
      }
    }
    List<Row> due =
        deliveries.values().stream()
            .filter(d -> d.status == Status.PENDING && !d.due.isAfter(now))
            .filter(d -> d.leaseUntil == null || !d.leaseUntil.isAfter(now))
            .filter(d -> subscriptions.get(d.subscriptionId).active())
            .sorted(Comparator.comparing((Row d) -> d.due).thenComparingLong(d -> d.id))
            .toList();
    List<ClaimedWebhook> claimed = new ArrayList<>();
    for (Row d : due) {
      if (claimed.size() == max) {
        break;
      }
      if (inFlight.getOrDefault(d.subscriptionId, 0) >= perSubscription) {
        continue; // its share is taken, here or by another server
      }
      inFlight.merge(d.subscriptionId, 1, Integer::sum);
      WebhookSubscription s = subscriptions.get(d.subscriptionId);
      d.leaseUntil = now.plus(lease);
      claimed.add(
          new ClaimedWebhook(
              d.id,
              s.id(),
              s.cabinet(),
              s.url(),
              secrets.get(s.id()),
              d.type,
              d.body,
              d.attempts,
              d.firstAttemptAt));
    }
    claimed.sort(Comparator.comparingLong(ClaimedWebhook::id));
    return claimed;
  }

  @Override
  public synchronized void unclaim(List<Long> ids) {
    ids.forEach(id -> deliveries.get(id).leaseUntil = null);
  }

  @Override
  public synchronized void delivered(long id, WebhookAttempt attempt) {
    Row d = attempted(id, attempt);
    d.status = Status.DELIVERED;
  }

  @Override
  public synchronized void failed(long id, WebhookAttempt attempt, Instant retryAt) {
    Row d = attempted(id, attempt);
    if (retryAt == null) {
      d.status = Status.FAILED;
    } else {
      d.due = retryAt;
    }
  }

  @Override
  public synchronized Optional<List<WebhookDelivery>> history(
      CabinetId cabinet, long subscriptionId, OptionalLong before, int limit) {
    if (find(cabinet, subscriptionId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        deliveries.values().stream()
            .filter(d -> d.subscriptionId == subscriptionId)
            .filter(d -> before.isEmpty() || d.id < before.getAsLong())
            .sorted(Comparator.comparingLong((Row d) -> d.id).reversed())
            .limit(limit)
            .map(Row::view)
            .toList());
  }

  @Override
  public synchronized Optional<WebhookDelivery> redeliver(
      CabinetId cabinet, long subscriptionId, long deliveryId, Instant now) {
    if (find(cabinet, subscriptionId).isEmpty()) {
      return Optional.empty();
    }
    Row d = deliveries.get(deliveryId);
    if (d == null || d.subscriptionId != subscriptionId) {
      return Optional.empty();
    }
    d.status = Status.PENDING;
    d.due = now;
    d.firstAttemptAt = null;
    d.leaseUntil = null;
    return Optional.of(d.view());
  }

  private Row attempted(long id, WebhookAttempt attempt) {
    Row d = deliveries.get(id);
    d.attempts++;
    d.leaseUntil = null;
    d.lastAttemptAt = attempt.at();
    d.lastStatus = attempt.statusCode();
    d.lastExcerpt = attempt.excerpt();
    if (d.firstAttemptAt == null) {
      d.firstAttemptAt = attempt.at();
    }
    return d;
  }

  private Row row(long subscriptionId, String type, String eventId, String body, Instant now) {
    Row d = new Row();
    d.id = nextId++;
    d.subscriptionId = subscriptionId;
    d.type = type;
    d.eventId = eventId;
    d.body = body;
    d.due = now;
    d.createdAt = now;
    deliveries.put(d.id, d);
    return d;
  }
}
