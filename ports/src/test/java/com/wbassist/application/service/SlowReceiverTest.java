package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.InMemorySellerStore;
import com.wbassist.application.fakes.InMemoryWebhooks;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.port.in.DeliverWebhooks.WebhookReport;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.application.port.out.WebhookTransport;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.webhook.WebhookDestination;
import com.wbassist.domain.webhook.WebhookEventType;
import java.net.InetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlowReceiverTest {
  private static final CabinetId SHOP = new CabinetId("shop-a");
  private static final ApiCaller CALLER = new ApiCaller("key-a", SHOP);
  private static final CabinetId OTHER = new CabinetId("shop-b");

  @Test
  @DisplayName(
      "a receiver that hangs holds only its own slot: the other deliveries go on meanwhile")
  void slowHoldsOnlyItsSlot() throws Exception {
    Clock clock = Clock.systemUTC();
    InMemoryWebhooks webhooks = new InMemoryWebhooks();
    WebhookSubscriptionService manage =
        new WebhookSubscriptionService(
            webhooks, webhooks, WebhookDestination.production(), new SecureRandom(), clock);
    manage.create(CALLER, "https://slow.example/wb", Set.of("SYNC_FAILED"));
    manage.create(CALLER, "https://fast.example/wb", Set.of("NEW_ORDER"));
    webhooks.addOutboxEvent(
        SHOP, WebhookEventType.SYNC_FAILED, "sync-1-failed", "{}", clock.instant());
    CountDownLatch slowAnswers = new CountDownLatch(1);
    CountDownLatch slowCalled = new CountDownLatch(1);
    AtomicInteger fastDelivered = new AtomicInteger();
    WebhookTransport transport =
        (URI url, List<InetAddress> addresses, Map<String, String> headers, String body) -> {
          if (url.getHost().equals("slow.example")) {
            slowCalled.countDown();
            try {
              slowAnswers.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          } else {
            fastDelivered.incrementAndGet();
          }
          return new WebhookTransport.Answer(200, "");
        };
    ExecutorService threads = Executors.newFixedThreadPool(2);
    WebhookDeliveryService deliverer = deliverer(webhooks, transport, 2, threads, clock);
    try {
      CompletableFuture<WebhookReport> run = CompletableFuture.supplyAsync(deliverer::deliver);
      assertTrue(slowCalled.await(5, TimeUnit.SECONDS));
      // News that comes while the slow receiver hangs is claimed and sent by the same run.
      for (int i = 1; i <= 6; i++) {
        webhooks.addOutboxEvent(
            SHOP, WebhookEventType.NEW_ORDER, "evt_" + i, "{}", clock.instant());
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (fastDelivered.get() < 6 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(6, fastDelivered.get(), "all six went out while the slow one hung");
      slowAnswers.countDown();
      assertEquals(new WebhookReport(7, 0, 0), run.get(10, TimeUnit.SECONDS));
      assertTrue(webhooks.all().stream().allMatch(d -> d.status().name().equals("DELIVERED")));
    } finally {
      slowAnswers.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  @DisplayName(
      "a backlog to a hanging receiver holds one slot of four: another shop's news goes out, each"
          + " as soon as the one before it is answered")
  void aBacklogHoldsOneSlot() throws Exception {
    Clock clock = Clock.systemUTC();
    InMemoryWebhooks webhooks = new InMemoryWebhooks();
    WebhookSubscriptionService manage =
        new WebhookSubscriptionService(
            webhooks, webhooks, WebhookDestination.production(), new SecureRandom(), clock);
    manage.create(CALLER, "https://slow.example/wb", Set.of("NEW_ORDER"));
    manage.create(new ApiCaller("key-b", OTHER), "https://fast.example/wb", Set.of("NEW_ORDER"));
    for (int i = 1; i <= 5; i++) {
      webhooks.addOutboxEvent(
          SHOP, WebhookEventType.NEW_ORDER, "evt_" + i, "{}", clock.instant().minusSeconds(60));
    }
    for (int i = 6; i <= 11; i++) {
      webhooks.addOutboxEvent(OTHER, WebhookEventType.NEW_ORDER, "evt_" + i, "{}", clock.instant());
    }
    CountDownLatch slowAnswers = new CountDownLatch(1);
    CountDownLatch fastDelivered = new CountDownLatch(6);
    AtomicInteger slowAtOnce = new AtomicInteger();
    AtomicInteger slowMostAtOnce = new AtomicInteger();
    WebhookTransport transport =
        (URI url, List<InetAddress> addresses, Map<String, String> headers, String body) -> {
          if (url.getHost().equals("slow.example")) {
            slowMostAtOnce.accumulateAndGet(slowAtOnce.incrementAndGet(), Math::max);
            try {
              slowAnswers.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              slowAtOnce.decrementAndGet();
            }
          } else {
            fastDelivered.countDown();
          }
          return new WebhookTransport.Answer(200, "");
        };
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      CompletableFuture<WebhookReport> run =
          CompletableFuture.supplyAsync(deliverer(webhooks, transport, 4, threads, clock)::deliver);
      // One at a time too, but not a second apart: a freed slot is used at once.
      assertTrue(
          fastDelivered.await(3, TimeUnit.SECONDS),
          "the other shop's six went out while the backlog's receiver hung");
      slowAnswers.countDown();
      assertEquals(new WebhookReport(11, 0, 0), run.get(10, TimeUnit.SECONDS));
      assertEquals(1, slowMostAtOnce.get(), "the backlog's receiver got one request at a time");
    } finally {
      slowAnswers.countDown();
      threads.shutdownNow();
    }
  }

  private static WebhookDeliveryService deliverer(
      InMemoryWebhooks webhooks,
      WebhookTransport transport,
      int concurrency,
      ExecutorService threads,
      Clock clock) {
    return new WebhookDeliveryService(
        webhooks,
        webhooks,
        host -> List.of(InetAddress.getByName("93.184.216.34")),
        transport,
        WebhookDestination.production(),
        new PausedWebhookNotice(
            new NoOwners(), new InMemorySellerStore(), new RecordingSellerChat(), new BotReplies()),
        WebhookPolicy.withConcurrency(concurrency),
        new SplittableRandom(1),
        clock,
        threads,
        () -> true);
  }

  private static final class NoOwners implements TeamOwners {
    @Override
    public Optional<Long> ownerOf(CabinetId cabinet) {
      return Optional.empty();
    }

    @Override
    public boolean claimIfNone(CabinetId cabinet, long telegramId, Instant now) {
      return false;
    }

    @Override
    public Optional<Long> passOn(CabinetId cabinet, long formerOwner, Instant now) {
      return Optional.empty();
    }
  }
}
