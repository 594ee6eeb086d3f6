package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.InMemorySellerStore;
import com.wbassist.application.fakes.InMemoryWebhooks;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.fakes.TestReceiver;
import com.wbassist.application.port.in.DeliverWebhooks.WebhookReport;
import com.wbassist.application.port.in.ManageWebhooks;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.application.port.out.WebhookDelivery;
import com.wbassist.application.port.out.WebhookDelivery.Status;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.webhook.WebhookDestination;
import com.wbassist.domain.webhook.WebhookEventType;
import com.wbassist.domain.webhook.WebhookSignature;
import com.wbassist.domain.webhook.WebhookSignature.Verdict;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {
  private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
  private static final CabinetId SHOP = new CabinetId("shop-a");
  private static final ApiCaller CALLER = new ApiCaller("key-a", SHOP);
  private static final long OWNER = 1001;

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryWebhooks webhooks = new InMemoryWebhooks();
  private final TestReceiver receiver = new TestReceiver(clock);
  private final RecordingSellerChat chat = new RecordingSellerChat();
  private final InMemorySellerStore sellers = new InMemorySellerStore();
  private final WebhookSubscriptionService manage =
      new WebhookSubscriptionService(
          webhooks, webhooks, WebhookDestination.production(), new SplittableRandom(1), clock);
  private final WebhookDeliveryService deliverer =
      new WebhookDeliveryService(
          webhooks,
          webhooks,
          receiver,
          receiver,
          WebhookDestination.production(),
          new PausedWebhookNotice(new OneOwner(), sellers, chat, new BotReplies()),
          WebhookPolicy.defaults(),
          new SplittableRandom(2),
          clock,
          Runnable::run,
          () -> true);

  private final WebhookSubscription subscription;

  WebhookDeliveryTest() {
    sellers.save(Seller.newcomer(OWNER, OWNER, "").linkedTo(SHOP, true, T0));
    receiver.resolves("crm.example.com", "93.184.216.34");
    ManageWebhooks.Created created =
        manage.create(CALLER, "https://crm.example.com/wb", Set.of("NEW_ORDER", "SYNC_FAILED"));
    receiver.knowsSecret(created.secret());
    subscription = created.subscription();
  }

  @Test
  @DisplayName("a delivery reaches the receiver signed: its check passes, and the headers say what")
  void signedDelivery() {
    webhooks.addOutboxEvent(SHOP, WebhookEventType.NEW_ORDER, "evt_1", "{\"id\":\"evt_1\"}", T0);
    WebhookReport report = deliverer.deliver();
    assertEquals(new WebhookReport(1, 0, 0), report);
    TestReceiver.Received got = receiver.received().get(0);
    assertEquals(Verdict.VALID, got.verdict());
    assertEquals("{\"id\":\"evt_1\"}", got.body());
    assertEquals("NEW_ORDER", got.headers().get(WebhookSignature.EVENT_HEADER));
    assertEquals(Long.toString(T0.getEpochSecond()), got.headers().get("X-WB-Assist-Timestamp"));
    assertNotNull(got.headers().get(WebhookSignature.DELIVERY_HEADER));
    WebhookDelivery done = history().get(0);
    assertEquals(Status.DELIVERED, done.status());
    assertEquals(200, done.lastStatusCode());
    assertEquals(1, done.attempts());
  }

  @Test
  @DisplayName(
      "a receiver that is down gets the delivery later, on the backoff, with a fresh signature")
  void retriedAfterTheReceiverWasDown() {
    receiver.down(true);
    webhooks.addOutboxEvent(SHOP, WebhookEventType.NEW_ORDER, "evt_1", "{}", T0);
    assertEquals(new WebhookReport(0, 1, 0), deliverer.deliver());
    WebhookDelivery waiting = history().get(0);
    assertEquals(Status.PENDING, waiting.status());
    assertNull(waiting.lastStatusCode());
    assertTrue(waiting.lastExcerpt().contains("Connection refused"), waiting.lastExcerpt());
    Instant retryAt = waiting.nextAttemptAt();
    assertFalse(retryAt.isBefore(T0.plusSeconds(15)), "half of the first 30 s at least");
    assertFalse(retryAt.isAfter(T0.plusSeconds(30)));

    receiver.down(false);
    assertEquals(new WebhookReport(0, 0, 0), deliverer.deliver(), "not before it is due");
    clock.set(retryAt);
    assertEquals(new WebhookReport(1, 0, 0), deliverer.deliver());
    assertEquals(Status.DELIVERED, history().get(0).status());
    assertEquals(2, history().get(0).attempts());
    assertEquals(Verdict.VALID, receiver.received().get(0).verdict());
  }

  @Test
  @DisplayName("a host that now resolves to a private address is not contacted at all")
  void rebindingRefusedAtDelivery() {
    receiver.resolves("crm.example.com", "93.184.216.34", "10.0.0.7");
    webhooks.addOutboxEvent(SHOP, WebhookEventType.NEW_ORDER, "evt_1", "{}", T0);
    deliverer.deliver();
    assertTrue(receiver.received().isEmpty());
    assertTrue(history().get(0).lastExcerpt().contains("10.0.0.7 is a private address"));
    receiver.resolves("crm.example.com", "169.254.169.254");
    clock.advance(Duration.ofHours(1));
    deliverer.deliver();
    assertTrue(receiver.received().isEmpty());
    assertTrue(history().get(0).lastExcerpt().contains("link-local"));
  }

  @Test
  @DisplayName("the receiver's refusal keeps its status and at most 500 characters of its answer")
  void excerpt() {
    receiver.answers(500);
    webhooks.addOutboxEvent(SHOP, WebhookEventType.NEW_ORDER, "evt_1", "{}", T0);
    deliverer.deliver();
    WebhookDelivery failed = history().get(0);
    assertEquals(500, failed.lastStatusCode());
    assertEquals(500, failed.lastExcerpt().length());
    assertEquals(Status.PENDING, failed.status());
  }

  @Test
  @DisplayName(
      "a day of failures gives the delivery up and pauses the subscription; the owner is told once")
  void givenUpAndPaused() {
    receiver.down(true);
    webhooks.addOutboxEvent(SHOP, WebhookEventType.NEW_ORDER, "evt_1", "{}", T0);
    int paused = 0;
    while (clock.instant().isBefore(T0.plus(Duration.ofDays(2)))) {
      paused += deliverer.deliver().paused();
      clock.advance(Duration.ofMinutes(5));
    }
    WebhookDelivery given = history().get(0);
    assertEquals(Status.FAILED, given.status());
    assertTrue(given.attempts() >= 20 && given.attempts() <= 45, "attempts " + given.attempts());
    assertFalse(given.lastAttemptAt().isAfter(T0.plus(Duration.ofDays(1))));
    assertEquals(1, paused);
    assertFalse(manage.find(CALLER, subscription.id()).orElseThrow().active());
    List<RecordingSellerChat.Said> told = chat.to(OWNER);
    assertEquals(1, told.size(), told.toString());
    assertTrue(told.get(0).message().html().contains("crm.example.com"));

    // Paused: new events are not written for it, and nothing is sent.
    assertEquals(0, webhooks.addOutboxEvent(SHOP, WebhookEventType.NEW_ORDER, "evt_2", "{}", T0));
  }

  @Test
  @DisplayName(
      "a given-up delivery is redelivered on request, under its own id, once the receiver is back")
  void manualRedelivery() {
    receiver.down(true);
    webhooks.addOutboxEvent(SHOP, WebhookEventType.NEW_ORDER, "evt_1", "{}", T0);
    while (history().get(0).status() == Status.PENDING) {
      clock.advance(Duration.ofHours(1));
      deliverer.deliver();
    }
    assertEquals(Status.FAILED, history().get(0).status());
    manage.change(
        CALLER,
        subscription.id(),
        new ManageWebhooks.Change(Optional.empty(), Optional.empty(), Optional.of(true)));
    receiver.down(false);
    long id = history().get(0).id();
    assertTrue(manage.redeliver(CALLER, subscription.id(), id).isPresent());
    deliverer.deliver();
    assertEquals(Status.DELIVERED, history().get(0).status());
    TestReceiver.Received got = receiver.received().get(0);
    assertEquals(Long.toString(id), got.headers().get(WebhookSignature.DELIVERY_HEADER));
    assertEquals(Verdict.VALID, got.verdict());
  }

  @Test
  @DisplayName("one success in the day keeps the subscription on")
  void successKeepsItOn() {
    receiver.down(true);
    webhooks.addOutboxEvent(SHOP, WebhookEventType.NEW_ORDER, "evt_1", "{}", T0);
    deliverer.deliver();
    clock.advance(Duration.ofHours(20));
    receiver.down(false);
    deliverer.deliver();
    receiver.down(true);
    webhooks.addOutboxEvent(SHOP, WebhookEventType.NEW_ORDER, "evt_2", "{}", clock.instant());
    clock.advance(Duration.ofHours(5));
    deliverer.deliver();
    assertTrue(manage.find(CALLER, subscription.id()).orElseThrow().active());
  }

  @Test
  @DisplayName("a ping is signed and delivered to the one subscription")
  void ping() {
    WebhookDelivery ping = manage.ping(CALLER, subscription.id()).orElseThrow();
    deliverer.deliver();
    assertEquals("PING", receiver.received().get(0).headers().get(WebhookSignature.EVENT_HEADER));
    assertEquals(Verdict.VALID, receiver.received().get(0).verdict());
    assertEquals(Status.DELIVERED, history().get(0).status());
    assertEquals(ping.id(), history().get(0).id());
  }

  private List<WebhookDelivery> history() {
    return manage.deliveries(CALLER, subscription.id(), OptionalLong.empty(), 100).orElseThrow();
  }

  /** The shop's owner is seller 1001. */
  private static final class OneOwner implements TeamOwners {
    @Override
    public Optional<Long> ownerOf(CabinetId cabinet) {
      return cabinet.equals(SHOP) ? Optional.of(OWNER) : Optional.empty();
    }

    @Override
    public boolean claimIfNone(CabinetId cabinet, long telegramId, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Long> passOn(CabinetId cabinet, long formerOwner, Instant now) {
      throw new UnsupportedOperationException();
    }
  }
}
