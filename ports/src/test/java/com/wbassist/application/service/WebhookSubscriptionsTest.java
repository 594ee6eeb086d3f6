package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.InMemoryWebhooks;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.port.in.ManageWebhooks.Change;
import com.wbassist.application.port.in.ManageWebhooks.Created;
import com.wbassist.application.port.in.ManageWebhooks.WebhookRefusedException;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.webhook.WebhookDestination;
import com.wbassist.domain.webhook.WebhookEventType;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionsTest {
  private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
  private static final ApiCaller A = new ApiCaller("key-a", new CabinetId("shop-a"));
  private static final ApiCaller B = new ApiCaller("key-b", new CabinetId("shop-b"));

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryWebhooks webhooks = new InMemoryWebhooks();
  private final WebhookSubscriptionService production =
      new WebhookSubscriptionService(
          webhooks, webhooks, WebhookDestination.production(), new SecureRandom(), clock);

  @Test
  @DisplayName("a new subscription is active, and its secret is given once, in the answer only")
  void created() {
    Created created =
        production.create(A, "https://crm.example.com/wb", Set.of("new_order", "CRITICAL_STOCK"));
    WebhookSubscription subscription = created.subscription();
    assertTrue(subscription.active());
    assertEquals(
        Set.of(WebhookEventType.NEW_ORDER, WebhookEventType.CRITICAL_STOCK), subscription.types());
    assertTrue(created.secret().startsWith("whsec_"));
    assertFalse(created.toString().contains(created.secret()));
    assertFalse(production.list(A).toString().contains(created.secret()));
    assertEquals(1, production.list(A).size());
  }

  @Test
  @DisplayName("another cabinet's key finds, changes, deletes and reads nothing of it")
  void isolated() {
    long id =
        production.create(A, "https://crm.example.com/wb", Set.of("BUYOUT")).subscription().id();
    assertTrue(production.find(B, id).isEmpty());
    assertTrue(production.list(B).isEmpty());
    assertTrue(
        production
            .change(
                B,
                id,
                new Change(
                    Optional.of("https://evil.example.com"), Optional.empty(), Optional.empty()))
            .isEmpty());
    assertFalse(production.delete(B, id));
    assertTrue(production.deliveries(B, id, OptionalLong.empty(), 10).isEmpty());
    assertTrue(production.redeliver(B, id, 1).isEmpty());
    assertTrue(production.ping(B, id).isEmpty());
    assertEquals(
        "https://crm.example.com/wb", production.find(A, id).orElseThrow().url().toString());
  }

  @Test
  @DisplayName("production refuses http, local and private URLs, unknown or no types, and an 11th")
  void refusals() {
    assertRefused(
        "https", () -> production.create(A, "http://crm.example.com/wb", Set.of("BUYOUT")));
    assertRefused("loopback", () -> production.create(A, "https://127.0.0.1/wb", Set.of("BUYOUT")));
    assertRefused(
        "localhost", () -> production.create(A, "https://localhost/wb", Set.of("BUYOUT")));
    assertRefused("private", () -> production.create(A, "https://10.1.2.3/wb", Set.of("BUYOUT")));
    assertRefused(
        "unknown event type", () -> production.create(A, "https://a.example/wb", Set.of("SOLD")));
    assertRefused(
        "unknown event type", () -> production.create(A, "https://a.example/wb", Set.of("PING")));
    assertRefused("at least one", () -> production.create(A, "https://a.example/wb", Set.of()));
    for (int i = 0; i < WebhookSubscription.MOST_PER_CABINET; i++) {
      production.create(A, "https://a.example/wb" + i, Set.of("BUYOUT"));
    }
    assertRefused("at most", () -> production.create(A, "https://a.example/wb", Set.of("BUYOUT")));
  }

  @Test
  @DisplayName("the sandbox lets a local http receiver subscribe")
  void sandbox() {
    WebhookSubscriptionService sandbox =
        new WebhookSubscriptionService(
            webhooks, webhooks, WebhookDestination.sandbox(), new SecureRandom(), clock);
    assertTrue(
        sandbox.create(A, "http://localhost:9999/hook", Set.of("BUYOUT")).subscription().active());
  }

  @Test
  @DisplayName("a change sets what is given: URL and types checked again, off and on")
  void changes() {
    long id =
        production.create(A, "https://crm.example.com/wb", Set.of("BUYOUT")).subscription().id();
    WebhookSubscription off =
        production
            .change(
                A,
                id,
                new Change(
                    Optional.empty(),
                    Optional.of(Set.of("RETURN", "SYNC_FINISHED")),
                    Optional.of(false)))
            .orElseThrow();
    assertFalse(off.active());
    assertEquals(Set.of(WebhookEventType.RETURN, WebhookEventType.SYNC_FINISHED), off.types());
    assertRefused(
        "https",
        () ->
            production.change(
                A,
                id,
                new Change(
                    Optional.of("http://crm.example.com"), Optional.empty(), Optional.empty())));
    WebhookSubscription on =
        production
            .change(A, id, new Change(Optional.empty(), Optional.empty(), Optional.of(true)))
            .orElseThrow();
    assertTrue(on.active());
    assertEquals("https://crm.example.com/wb", on.url().toString());
    assertTrue(production.delete(A, id));
    assertTrue(production.find(A, id).isEmpty());
  }

  @Test
  @DisplayName("sync and report events are written only for subscriptions that asked, once per key")
  void webhookOnlyEvents() {
    WebhookEventRecorder events = new WebhookEventRecorder(webhooks, clock);
    events.syncFailed(A.cabinet(), 7, "WB answered 500", T0);
    assertTrue(webhooks.all().isEmpty(), "nobody subscribed: nothing written");
    production.create(A, "https://crm.example.com/wb", Set.of("SYNC_FAILED", "REPORT_READY"));
    production.create(B, "https://b.example.com/wb", Set.of("SYNC_FAILED"));
    events.syncFailed(A.cabinet(), 8, "WB answered 500", T0);
    events.syncFailed(A.cabinet(), 8, "WB answered 500", T0);
    events.syncFinished(A.cabinet(), 9, T0);
    events.reportReady(A.cabinet(), "r-1", "Продажи за ноябрь", T0);
    assertEquals(2, webhooks.all().size(), webhooks.all().toString());
    assertEquals(
        Set.of("SYNC_FAILED", "REPORT_READY"),
        Set.copyOf(webhooks.all().stream().map(d -> d.eventType()).toList()));
  }

  private static void assertRefused(String why, Runnable action) {
    WebhookRefusedException refused = assertThrows(WebhookRefusedException.class, action::run);
    assertTrue(refused.getMessage().contains(why), refused.getMessage());
  }
}
