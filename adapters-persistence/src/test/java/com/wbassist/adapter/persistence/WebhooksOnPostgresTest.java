package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wbassist.application.port.out.ClaimedWebhook;
import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.port.out.WebhookAttempt;
import com.wbassist.application.port.out.WebhookDelivery;
import com.wbassist.application.port.out.WebhookDelivery.Status;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.webhook.WebhookEvent;
import com.wbassist.domain.webhook.WebhookEventType;
import com.wbassist.domain.webhook.WebhookSecret;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebhooksOnPostgresTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("hooks-shop");
  private static final CabinetId OTHER = new CabinetId("other-shop");
  private static final Instant NOW = moscow("2026-12-02T12:00:00");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private WebhookSubscription subscribe(
      CabinetId cabinet, WebhookSecret secret, WebhookEventType... types) {
    return adapters
        .webhookSubscriptions()
        .add(
            new WebhookSubscription(
                0,
                cabinet,
                URI.create("https://crm.example.com/" + cabinet.sid()),
                Set.of(types),
                WebhookSubscription.State.ACTIVE,
                null,
                NOW),
            secret);
  }

  private OutboxEvent newOrder(CabinetId cabinet, String srid) {
    adapters
        .orders()
        .store(
            new StreamBatch<>(
                leaseOf(cabinet),
                List.of(),
                Optional.empty(),
                List.of(new OrderPlaced(cabinet, order(srid).build())),
                NOW));
    return adapters.outbox().claimUnexpanded(1, NOW, LEASE).get(0);
  }

  @Test
  @DisplayName(
      "an expanded event becomes one delivery per matching active subscription, once, with its body")
  void expansionWritesDeliveries() throws Exception {
    WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
    WebhookSubscription orders = subscribe(SHOP, secret, WebhookEventType.NEW_ORDER);
    subscribe(SHOP, secret, WebhookEventType.BUYOUT);
    subscribe(OTHER, secret, WebhookEventType.NEW_ORDER);
    OutboxEvent event = newOrder(SHOP, "A");
    adapters.outbox().expand(event.id(), List.of(1001L), NOW);
    adapters.outbox().expand(event.id(), List.of(1001L), NOW); // a second dispatcher: nothing more

    List<ClaimedWebhook> claimed = adapters.webhookDeliveries().claim(10, 10, NOW, LEASE);
    assertEquals(1, claimed.size(), claimed.toString());
    ClaimedWebhook delivery = claimed.get(0);
    assertEquals(orders.id(), delivery.subscriptionId());
    assertEquals(secret, delivery.secret(), "the secret opens again to sign");
    assertEquals("NEW_ORDER", delivery.eventType());
    JsonNode body = new ObjectMapper().readTree(delivery.body());
    assertEquals("evt_" + event.id(), body.get("id").asText());
    assertEquals("NEW_ORDER", body.get("type").asText());
    assertEquals("hooks-shop", body.get("cabinet").asText());
    assertTrue(body.get("detectedAt").asText().endsWith("+03:00"), body.toString());
    assertEquals("A", body.get("data").get("order").get("srid").asText(), body.toString());
    assertTrue(
        adapters.webhookDeliveries().claim(10, 10, NOW, LEASE).isEmpty(),
        "leased: not claimed twice");
  }

  @Test
  @DisplayName("an event nobody subscribed to writes no webhook delivery")
  void nobodySubscribed() {
    subscribe(SHOP, WebhookSecret.generate(new SecureRandom()), WebhookEventType.SYNC_FAILED);
    OutboxEvent event = newOrder(SHOP, "B");
    adapters.outbox().expand(event.id(), List.of(), NOW);
    assertEquals(0, count("select count(*) from webhook_deliveries"));
    assertEquals(
        0,
        adapters
            .webhookDeliveries()
            .add(
                new WebhookEvent(SHOP, WebhookEventType.REPORT_READY, "report-1", NOW, Map.of()),
                NOW));
    assertEquals(
        1,
        adapters
            .webhookDeliveries()
            .add(
                new WebhookEvent(
                    SHOP, WebhookEventType.SYNC_FAILED, "sync-1-failed", NOW, Map.of("runId", "1")),
                NOW));
    assertEquals(
        0,
        adapters
            .webhookDeliveries()
            .add(
                new WebhookEvent(
                    SHOP, WebhookEventType.SYNC_FAILED, "sync-1-failed", NOW, Map.of("runId", "1")),
                NOW),
        "once per key");
  }

  @Test
  @DisplayName("the secret is sealed at rest: no column holds its text")
  void secretSealed() throws Exception {
    WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
    subscribe(SHOP, secret, WebhookEventType.NEW_ORDER);
    try (var connection = db.dataSource().getConnection();
        var all =
            connection.createStatement().executeQuery("select * from webhook_subscriptions")) {
      while (all.next()) {
        for (int c = 1; c <= all.getMetaData().getColumnCount(); c++) {
          String value = all.getString(c);
          assertFalse(value != null && value.contains(secret.reveal().substring(6)));
        }
      }
    }
  }

  @Test
  @DisplayName(
      "attempts are recorded: a failure waits for its retry, a success is final, history newest first")
  void attemptsAndHistory() {
    WebhookSubscription s =
        subscribe(SHOP, WebhookSecret.generate(new SecureRandom()), WebhookEventType.NEW_ORDER);
    adapters.outbox().expand(newOrder(SHOP, "C").id(), List.of(), NOW);
    ClaimedWebhook first = adapters.webhookDeliveries().claim(10, 10, NOW, LEASE).get(0);
    assertNull(first.firstAttemptAt());
    Instant retryAt = NOW.plusSeconds(30);
    adapters.webhookDeliveries().failed(first.id(), new WebhookAttempt(NOW, 503, "busy"), retryAt);
    assertTrue(adapters.webhookDeliveries().claim(10, 10, NOW.plusSeconds(29), LEASE).isEmpty());
    ClaimedWebhook second = adapters.webhookDeliveries().claim(10, 10, retryAt, LEASE).get(0);
    assertEquals(1, second.attempts());
    assertEquals(NOW, second.firstAttemptAt());
    adapters.webhookDeliveries().delivered(second.id(), new WebhookAttempt(retryAt, 204, ""));
    adapters.webhookDeliveries().ping(SHOP, s.id(), retryAt).orElseThrow();

    List<WebhookDelivery> history =
        adapters.webhookDeliveries().history(SHOP, s.id(), OptionalLong.empty(), 10).orElseThrow();
    assertEquals(
        List.of("PING", "NEW_ORDER"), history.stream().map(WebhookDelivery::eventType).toList());
    WebhookDelivery done = history.get(1);
    assertEquals(Status.DELIVERED, done.status());
    assertEquals(2, done.attempts());
    assertEquals(204, done.lastStatusCode());
    assertNull(done.nextAttemptAt());
    assertEquals(
        1,
        adapters
            .webhookDeliveries()
            .history(SHOP, s.id(), OptionalLong.of(history.get(0).id()), 10)
            .orElseThrow()
            .size());
    assertTrue(
        adapters.webhookDeliveries().history(OTHER, s.id(), OptionalLong.empty(), 10).isEmpty(),
        "another cabinet reads nothing of it");
  }

  @Test
  @DisplayName(
      "a given-up delivery is redelivered under its own id; a paused subscription's are not claimed")
  void redeliverAndPause() {
    WebhookSubscription s =
        subscribe(SHOP, WebhookSecret.generate(new SecureRandom()), WebhookEventType.NEW_ORDER);
    adapters.outbox().expand(newOrder(SHOP, "D").id(), List.of(), NOW);
    ClaimedWebhook claimed = adapters.webhookDeliveries().claim(10, 10, NOW, LEASE).get(0);
    adapters
        .webhookDeliveries()
        .failed(claimed.id(), new WebhookAttempt(NOW, null, "refused"), null);
    assertTrue(adapters.webhookDeliveries().claim(10, 10, NOW.plusSeconds(60), LEASE).isEmpty());
    assertTrue(adapters.webhookDeliveries().redeliver(OTHER, s.id(), claimed.id(), NOW).isEmpty());
    WebhookDelivery again =
        adapters.webhookDeliveries().redeliver(SHOP, s.id(), claimed.id(), NOW).orElseThrow();
    assertEquals(Status.PENDING, again.status());

    assertEquals(
        NOW, adapters.webhookSubscriptions().failing(s.id(), NOW).orElseThrow().failingSince());
    assertEquals(
        NOW,
        adapters
            .webhookSubscriptions()
            .failing(s.id(), NOW.plusSeconds(9))
            .orElseThrow()
            .failingSince());
    assertTrue(adapters.webhookSubscriptions().pauseIfActive(s.id()));
    assertFalse(adapters.webhookSubscriptions().pauseIfActive(s.id()), "paused once");
    assertTrue(adapters.webhookDeliveries().claim(10, 10, NOW.plusSeconds(60), LEASE).isEmpty());

    WebhookSubscription paused = adapters.webhookSubscriptions().find(SHOP, s.id()).orElseThrow();
    assertTrue(adapters.webhookSubscriptions().update(paused.resumed(), NOW));
    ClaimedWebhook resumed =
        adapters.webhookDeliveries().claim(10, 10, NOW.plusSeconds(60), LEASE).get(0);
    assertEquals(claimed.id(), resumed.id());
    assertNull(resumed.firstAttemptAt(), "a fresh day");
    assertNull(adapters.webhookSubscriptions().find(SHOP, s.id()).orElseThrow().failingSince());
  }

  @Test
  @DisplayName(
      "a cabinet's key reaches only its own subscriptions; deleting takes the history along")
  void scopedAndDeleted() {
    WebhookSubscription s =
        subscribe(SHOP, WebhookSecret.generate(new SecureRandom()), WebhookEventType.NEW_ORDER);
    assertTrue(adapters.webhookSubscriptions().find(OTHER, s.id()).isEmpty());
    assertFalse(
        adapters
            .webhookSubscriptions()
            .update(
                new WebhookSubscription(s.id(), OTHER, s.url(), s.types(), s.state(), null, NOW),
                NOW));
    assertFalse(adapters.webhookSubscriptions().delete(OTHER, s.id()));
    adapters.webhookDeliveries().ping(SHOP, s.id(), NOW).orElseThrow();
    assertTrue(adapters.webhookDeliveries().ping(OTHER, s.id(), NOW).isEmpty());
    assertEquals(List.of(s), adapters.webhookSubscriptions().of(SHOP));
    assertTrue(adapters.webhookSubscriptions().delete(SHOP, s.id()));
    assertEquals(0, count("select count(*) from webhook_deliveries"));
  }

  @Test
  @DisplayName(
      "housekeeping prunes deliveries accepted or given up as long ago as notifications are kept, never pending ones")
  void pruned() {
    WebhookSubscription s =
        subscribe(SHOP, WebhookSecret.generate(new SecureRandom()), WebhookEventType.NEW_ORDER);
    Instant longAgo = NOW.minus(Duration.ofDays(40));
    long delivered = adapters.webhookDeliveries().ping(SHOP, s.id(), longAgo).orElseThrow().id();
    long given = adapters.webhookDeliveries().ping(SHOP, s.id(), longAgo).orElseThrow().id();
    long waiting = adapters.webhookDeliveries().ping(SHOP, s.id(), longAgo).orElseThrow().id();
    long recent = adapters.webhookDeliveries().ping(SHOP, s.id(), NOW).orElseThrow().id();
    adapters.webhookDeliveries().delivered(delivered, new WebhookAttempt(longAgo, 200, ""));
    adapters.webhookDeliveries().failed(given, new WebhookAttempt(longAgo, 500, ""), null);
    adapters.webhookDeliveries().delivered(recent, new WebhookAttempt(NOW, 200, ""));
    var report =
        adapters
            .housekeeping()
            .prune(NOW, com.wbassist.domain.housekeeping.Retention.defaults(), 1000);
    assertEquals(2, report.of(com.wbassist.application.port.out.Prunable.WEBHOOK_DELIVERIES));
    assertEquals(
        List.of(recent, waiting),
        adapters
            .webhookDeliveries()
            .history(SHOP, s.id(), OptionalLong.empty(), 10)
            .orElseThrow()
            .stream()
            .map(WebhookDelivery::id)
            .toList());
  }
}
