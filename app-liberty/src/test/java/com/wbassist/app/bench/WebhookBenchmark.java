package com.wbassist.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.adapter.persistence.TokenCipher;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.webhook.WebhookEventType;
import com.wbassist.domain.webhook.WebhookSecret;
import com.wbassist.domain.webhook.WebhookSignature;
import com.wbassist.domain.webhook.WebhookSubscription;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's webhook benchmark, on the built WAR: a shop with a new order every second for a team
 * of sellers, synced and dispatched to Telegram (the recorder), measured for a phase without
 * webhooks, then for a phase with one subscription per webhook slot to a receiver slower than the
 * orders come (each request held {@code bench.webhook.delay} ms). Printed per phase: Telegram
 * dispatch lag (detection to Telegram's acceptance, p50/p99) and messages a second, sync passes a
 * minute, and for the second phase webhook deliveries a second, the backlog, and the receiver's
 * signature verdicts. The receiver runs on this host, so the server runs in sandbox mode
 * (production refuses loopback receivers) with the recorder and simulator configured as in
 * production.
 */
class WebhookBenchmark {
  private static final int PHASE_SECONDS = Integer.getInteger("bench.webhook.seconds", 120);
  private static final int DELAY_MS = Integer.getInteger("bench.webhook.delay", 5_000);
  private static final int CONCURRENCY = Integer.getInteger("bench.webhook.concurrency", 4);
  private static final int TEAM = Integer.getInteger("bench.webhook.team", 10);

  @Test
  void aSlowReceiverDoesNotSlowDispatch() throws Exception {
    WbSimulator simulator = new WbSimulator(1, Duration.ofMillis(50), Duration.ZERO, 11);
    try (BenchCluster cluster = new BenchCluster(simulator)) {
      CabinetId shop = new CabinetId(simulator.sid(0));
      cluster.seedCabinets(1, Duration.ofSeconds(1));
      WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
      try (PersistenceAdapters storage =
          PersistenceAdapters.create(
              cluster.dataSource(), TokenCipher.fromBase64Key(BenchCluster.TOKEN_KEY))) {
        for (int member = 1; member < TEAM; member++) {
          long person = 7_200_000_000L + member;
          storage
              .sellers()
              .save(
                  Seller.newcomer(person, person, "Member " + member)
                      .linkedTo(shop, true, Instant.now().minus(Duration.ofDays(1))));
        }
      }

      AtomicInteger received = new AtomicInteger();
      AtomicInteger valid = new AtomicInteger();
      HttpServer receiver =
          HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
      receiver.setExecutor(Executors.newFixedThreadPool(64));
      receiver.createContext(
          "/hook",
          exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
              body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var headers = exchange.getRequestHeaders();
            if (WebhookSignature.verify(
                    secret.reveal(),
                    headers.getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    headers.getFirst(WebhookSignature.SIGNATURE_HEADER),
                    body,
                    Instant.now())
                == WebhookSignature.Verdict.VALID) {
              valid.incrementAndGet();
            }
            received.incrementAndGet();
            try {
              Thread.sleep(DELAY_MS);
            } catch (InterruptedException stopping) {
              Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
          });
      receiver.start();

      JsonObject initial = simulator.initialState(0);
      List<JsonObject> orders = new ArrayList<>();
      ScheduledExecutorService script = Executors.newSingleThreadScheduledExecutor();
      script.scheduleAtFixedRate(
          () -> {
            synchronized (orders) {
              orders.add(CrashBenchmark.order(orders.size() + 1, Instant.now()));
              JsonArrayBuilder all = Json.createArrayBuilder();
              orders.forEach(all::add);
              simulator.holds(0, Json.createObjectBuilder(initial).add("orders", all).build());
            }
          },
          0,
          1_000,
          TimeUnit.MILLISECONDS);

      cluster.startServer(
          "bench-webhooks",
          Map.of(
              "WB_ASSIST_MODE", "sandbox",
              "WB_ASSIST_HOME", Files.createTempDirectory("bench-webhooks").toString(),
              "SYNC_INTERVAL", "3",
              "WB_ASSIST_DISPATCH_INTERVAL_SECONDS", "1",
              "WB_ASSIST_WEBHOOK_CONCURRENCY", Integer.toString(CONCURRENCY)));
      Thread.sleep(30_000); // settle: the first passes and sends

      Instant aFrom = Instant.now();
      Thread.sleep(PHASE_SECONDS * 1_000L);
      Instant aTo = Instant.now();
      Phase without = Phase.measure(cluster, aFrom, aTo);

      try (PersistenceAdapters storage =
          PersistenceAdapters.create(
              cluster.dataSource(), TokenCipher.fromBase64Key(BenchCluster.TOKEN_KEY))) {
        // One subscription per webhook slot: a subscription has one delivery in flight at a time
        // (decision 0626), so it takes this many to keep every slot busy with the slow receiver.
        for (int slot = 0; slot < CONCURRENCY; slot++) {
          storage
              .webhookSubscriptions()
              .add(
                  new WebhookSubscription(
                      0,
                      shop,
                      URI.create(
                          "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook/" + slot),
                      Set.of(WebhookEventType.NEW_ORDER),
                      WebhookSubscription.State.ACTIVE,
                      null,
                      Instant.now()),
                  secret);
        }
      }
      Instant bFrom = Instant.now();
      Thread.sleep(PHASE_SECONDS * 1_000L);
      Instant bTo = Instant.now();
      Phase with = Phase.measure(cluster, bFrom, bTo);
      long delivered =
          cluster.queryLong(
              "select count(*) from webhook_deliveries where status = 'DELIVERED' and last_attempt_at >= '"
                  + bFrom
                  + "' and last_attempt_at < '"
                  + bTo
                  + "'");
      long backlog =
          cluster.queryLong("select count(*) from webhook_deliveries where status = 'PENDING'");
      script.shutdownNow();
      receiver.stop(0);

      double seconds = Duration.between(bFrom, bTo).toMillis() / 1000.0;
      System.out.printf(
          "%nWEBHOOKS a new order a second, team of %d, receiver %d ms a request, webhook"
              + " concurrency %d, phases of %d s%n",
          TEAM, DELAY_MS, CONCURRENCY, PHASE_SECONDS);
      System.out.println("  without webhooks: " + without);
      System.out.println("  with a slow receiver: " + with);
      System.out.printf(
          "  webhooks: %.2f delivered a second (ceiling %.2f), backlog %d at the end, %d received,"
              + " %d with a valid signature%n",
          delivered / seconds,
          CONCURRENCY * 1000.0 / DELAY_MS,
          backlog,
          received.get(),
          valid.get());
      assertEquals(received.get(), valid.get(), "every request signed right");
      assertTrue(
          with.lagP99() <= Math.max(2 * without.lagP99(), without.lagP99() + 2.0),
          "dispatch lag with a slow receiver: " + with + " vs " + without);
      assertTrue(
          delivered / seconds >= 0.7 * CONCURRENCY * 1000.0 / DELAY_MS,
          "webhooks kept their own concurrency busy");
    }
  }

  /** Dispatch and sync over one phase. */
  private record Phase(double lagP50, double lagP99, double messagesPerSecond, long passes) {
    static Phase measure(BenchCluster cluster, Instant from, Instant to) throws Exception {
      String between = " >= '" + from + "' and e.detected_at < '" + to + "'";
      List<double[]> lag =
          cluster.queryRows(
              "select coalesce(percentile_cont(0.5) within group (order by extract(epoch from"
                  + " d.finished_at - e.detected_at)), 0), coalesce(percentile_cont(0.99) within"
                  + " group (order by extract(epoch from d.finished_at - e.detected_at)), 0),"
                  + " count(*) from notification_deliveries d join outbox_events e on e.id ="
                  + " d.event_id where d.status = 'SENT' and e.detected_at"
                  + between,
              3);
      double seconds = Duration.between(from, to).toMillis() / 1000.0;
      long passes =
          cluster.queryLong(
              "select count(*) from sync_runs where finished_at >= '"
                  + from
                  + "' and finished_at < '"
                  + to
                  + "'");
      return new Phase(lag.get(0)[0], lag.get(0)[1], lag.get(0)[2] / seconds, passes);
    }

    @Override
    public String toString() {
      return String.format(
          "Telegram lag p50 %.2f s, p99 %.2f s, %.1f messages/s, %d sync passes",
          lagP50, lagP99, messagesPerSecond, passes);
    }
  }
}
