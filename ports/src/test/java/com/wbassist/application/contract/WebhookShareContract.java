package com.wbassist.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.out.ClaimedWebhook;
import com.wbassist.application.port.out.WebhookAttempt;
import com.wbassist.application.port.out.WebhookDeliveries;
import com.wbassist.application.port.out.WebhookSubscriptions;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.webhook.WebhookEvent;
import com.wbassist.domain.webhook.WebhookEventType;
import com.wbassist.domain.webhook.WebhookSecret;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A subscription's share of the webhook senders (decision 0626): one subscription with a backlog to
 * a slow receiver must not take every slot of the cluster, so a claim gives it at most its share in
 * flight — counting what any server holds under a live lease — and claims the others' due
 * deliveries beside it. Kept by the in-memory fake and the database alike.
 */
public abstract class WebhookShareContract {
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final int ONE = 1;
  private static final CabinetId BIG = new CabinetId("share-big-shop");
  private static final CabinetId SMALL = new CabinetId("share-small-shop");

  /** The webhook ports over one empty storage. */
  public record WebhookPorts(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries) {}

  private WebhookDeliveries deliveries;
  private WebhookSubscriptions subscriptions;
  private long backlogged;
  private long quiet;

  /** Fresh ports on an empty storage. */
  protected abstract WebhookPorts emptyWebhooks();

  /** S: 50 reports due for a minute already; T: one sync failure due just now. */
  @BeforeEach
  void fiftyDueForOneAndOneForAnother() {
    WebhookPorts ports = emptyWebhooks();
    deliveries = ports.deliveries();
    subscriptions = ports.subscriptions();
    backlogged = subscribe(BIG, WebhookEventType.REPORT_READY);
    quiet = subscribe(SMALL, WebhookEventType.SYNC_FAILED);
    for (int i = 0; i < 50; i++) {
      Instant written = NOW.minusSeconds(60).plusMillis(i);
      deliveries.add(
          new WebhookEvent(BIG, WebhookEventType.REPORT_READY, "report-" + i, written, Map.of()),
          written);
    }
    deliveries.add(
        new WebhookEvent(SMALL, WebhookEventType.SYNC_FAILED, "sync-1-failed", NOW, Map.of()), NOW);
  }

  private long subscribe(CabinetId cabinet, WebhookEventType type) {
    return subscriptions
        .add(
            new WebhookSubscription(
                0,
                cabinet,
                URI.create("https://crm.example.com/" + cabinet.sid()),
                Set.of(type),
                WebhookSubscription.State.ACTIVE,
                null,
                NOW.minus(Duration.ofDays(1))),
            WebhookSecret.generate(new SecureRandom()))
        .id();
  }

  private static long of(List<ClaimedWebhook> claimed, long subscription) {
    return claimed.stream().filter(c -> c.subscriptionId() == subscription).count();
  }

  private static WebhookAttempt answered(int status, Instant at) {
    return new WebhookAttempt(at, status, "");
  }

  @Test
  @DisplayName(
      "four free slots: the subscription with 50 due gets its one, the other its delivery beside it")
  void aBacklogTakesOnlyItsShare() {
    List<ClaimedWebhook> claimed = deliveries.claim(4, ONE, NOW, LEASE);
    assertEquals(1, of(claimed, backlogged), claimed.toString());
    assertEquals(1, of(claimed, quiet), claimed.toString());
    assertEquals(2, claimed.size(), "nothing else is due that its share allows");
  }

  @Test
  @DisplayName("a share of two gives the backlog its two oldest, and the other its one")
  void aLargerShare() {
    List<ClaimedWebhook> claimed = deliveries.claim(4, 2, NOW, LEASE);
    assertEquals(2, of(claimed, backlogged), claimed.toString());
    assertEquals(1, of(claimed, quiet), claimed.toString());
    assertEquals(
        List.of("report-0", "report-1"),
        claimed.stream().filter(c -> c.subscriptionId() == backlogged).map(this::eventOf).toList(),
        "oldest first");
  }

  @Test
  @DisplayName("while its delivery is in flight a subscription gets nothing more, from any claim")
  void nothingMoreWhileInFlight() {
    deliveries.claim(1, ONE, NOW, LEASE);
    List<ClaimedWebhook> second = deliveries.claim(4, ONE, NOW.plusSeconds(1), LEASE);
    assertEquals(0, of(second, backlogged), "its one is still out: " + second);
    assertEquals(1, of(second, quiet), "the other's delivery is claimed meanwhile");
    assertEquals(List.of(), deliveries.claim(4, ONE, NOW.plusSeconds(2), LEASE));
  }

  @Test
  @DisplayName("its next delivery is claimed once the one in flight was delivered")
  void nextAfterDelivered() {
    ClaimedWebhook first = only(deliveries.claim(4, ONE, NOW, LEASE), backlogged);
    deliveries.delivered(first.id(), answered(200, NOW.plusSeconds(3)));
    List<ClaimedWebhook> next = deliveries.claim(4, ONE, NOW.plusSeconds(3), LEASE);
    assertEquals(1, of(next, backlogged), next.toString());
  }

  @Test
  @DisplayName("a failed attempt frees the share: the next delivery goes while it waits to retry")
  void nextAfterFailed() {
    ClaimedWebhook first = only(deliveries.claim(4, ONE, NOW, LEASE), backlogged);
    deliveries.failed(first.id(), answered(503, NOW.plusSeconds(3)), NOW.plusSeconds(33));
    ClaimedWebhook next = only(deliveries.claim(4, ONE, NOW.plusSeconds(3), LEASE), backlogged);
    assertEquals("report-1", eventOf(next), "the next oldest, not the one waiting to retry");
  }

  @Test
  @DisplayName("a lease that ran out (its server died) frees the share: the same delivery again")
  void sameAgainAfterTheLeaseRanOut() {
    ClaimedWebhook first = only(deliveries.claim(4, ONE, NOW, LEASE), backlogged);
    assertEquals(
        0, of(deliveries.claim(4, ONE, NOW.plus(LEASE).minusSeconds(1), LEASE), backlogged));
    ClaimedWebhook again = only(deliveries.claim(4, ONE, NOW.plus(LEASE), LEASE), backlogged);
    assertEquals(first.id(), again.id());
  }

  @Test
  @DisplayName("eight servers claiming at the same moment hold one of the backlog between them")
  void racingServersKeepTheShare() throws Exception {
    int servers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(servers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<ClaimedWebhook>>> results = new ArrayList<>();
      for (int i = 0; i < servers; i++) {
        Callable<List<ClaimedWebhook>> server =
            () -> {
              start.await();
              return deliveries.claim(4, ONE, NOW, LEASE);
            };
        results.add(pool.submit(server));
      }
      start.countDown();
      List<ClaimedWebhook> all = new ArrayList<>();
      for (Future<List<ClaimedWebhook>> result : results) {
        all.addAll(result.get());
      }
      assertEquals(1, of(all, backlogged), all.toString());
      assertEquals(1, of(all, quiet), all.toString());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The event a claimed delivery of the backlog carries, as its history shows it. */
  private String eventOf(ClaimedWebhook claimed) {
    return deliveries.history(BIG, backlogged, OptionalLong.empty(), 100).orElseThrow().stream()
        .filter(d -> d.id() == claimed.id())
        .findFirst()
        .orElseThrow()
        .eventId();
  }

  private static ClaimedWebhook only(List<ClaimedWebhook> claimed, long subscription) {
    List<ClaimedWebhook> its =
        claimed.stream().filter(c -> c.subscriptionId() == subscription).toList();
    assertEquals(1, its.size(), claimed.toString());
    return its.get(0);
  }
}
