package com.wbassist.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.adapter.persistence.TokenCipher;
import com.wbassist.app.it.production.PlainLiberty;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import com.wbassist.sandbox.telegram.StandInMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's crash test: a production server on the built WAR, killed with {@code kill -9} at
 * random moments while it syncs and dispatches, and started again each time — while PostgreSQL, the
 * WB simulator and the Telegram recorder run on in this process. The shop is a script whose
 * notifications are known in advance: a new order every few seconds, each with a price of its own
 * (1001 ₽, 1002 ₽, …), for a team of three. At the end every expected notification must have
 * arrived (none lost); repeats are counted per kill (a repeat is a message Telegram accepted whose
 * "sent" mark the kill prevented: at most the dispatch concurrency per kill).
 */
class CrashBenchmark {
  private static final int KILLS = Integer.getInteger("bench.kills", 20);
  private static final Duration ORDER_EVERY = Duration.ofSeconds(5);
  private static final int TEAM = 3;
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final Pattern PRICE = Pattern.compile("Цена: ([0-9\\s\\u00a0\\u202f]+) ₽");

  @Test
  void killedTwentyTimesLosesNothing() throws Exception {
    WbSimulator simulator = new WbSimulator(1, Duration.ofMillis(50), Duration.ZERO, 11);
    try (BenchCluster cluster = new BenchCluster(simulator)) {
      CabinetId shop = new CabinetId(simulator.sid(0));
      cluster.seedCabinets(1, Duration.ofSeconds(1));
      try (PersistenceAdapters storage =
          PersistenceAdapters.create(
              cluster.dataSource(), TokenCipher.fromBase64Key(BenchCluster.TOKEN_KEY))) {
        for (int member = 1; member < TEAM; member++) {
          long person = 7_100_000_000L + member;
          storage
              .sellers()
              .save(
                  Seller.newcomer(person, person, "Member " + member)
                      .linkedTo(shop, true, Instant.now().minus(Duration.ofDays(1))));
        }
      }
      JsonObject initial = simulator.initialState(0);
      List<JsonObject> orders = new ArrayList<>();
      ScheduledExecutorService script = Executors.newSingleThreadScheduledExecutor();
      script.scheduleAtFixedRate(
          () -> {
            synchronized (orders) {
              orders.add(order(orders.size() + 1, Instant.now()));
              JsonArrayBuilder all = Json.createArrayBuilder();
              orders.forEach(all::add);
              simulator.holds(0, Json.createObjectBuilder(initial).add("orders", all).build());
            }
          },
          0,
          ORDER_EVERY.toMillis(),
          TimeUnit.MILLISECONDS);

      var server =
          cluster.startServer(
              "bench-crash",
              Map.of(
                  "SYNC_INTERVAL", "3",
                  "WB_ASSIST_DISPATCH_INTERVAL_SECONDS", "1",
                  "WB_ASSIST_SYNC_LEASE_MINUTES", "1"));
      Path pidFile = server.liberty().directory().getParent().resolve(".pid/bench-crash.pid");
      Random random = new Random(20);
      List<Long> kills = new ArrayList<>();
      int killedMidPass = 0;
      int killedMidDispatch = 0;
      for (int kill = 1; kill <= KILLS; kill++) {
        Thread.sleep(3_000 + random.nextInt(12_000));
        killedMidPass +=
            cluster.queryLong("select count(*) from sync_runs where finished_at is null") > 0
                ? 1
                : 0;
        killedMidDispatch +=
            cluster.queryLong(
                        "select count(*) from notification_deliveries where status = 'PENDING'"
                            + " and lease_until > now()")
                    > 0
                ? 1
                : 0;
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        kills.add(System.nanoTime());
        ProcessHandle.of(pid).ifPresent(process -> process.onExit().join());
        server.liberty().start();
        int ready =
            PlainLiberty.awaitStatus(server.url("/health/ready"), 200, Duration.ofMinutes(3));
        System.out.printf("kill %d: pid %d, ready again: %d%n", kill, pid, ready);
      }
      script.shutdownNow();
      script.awaitTermination(5, TimeUnit.SECONDS);
      int expectedOrders;
      synchronized (orders) {
        expectedOrders = orders.size();
      }
      // Everything the script put in WB, synced and sent: Telegram takes one message a second per
      // chat, and a seller's messages claimed by a killed server wait for that claim to run out.
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
      Map<String, List<Long>> received = received(cluster);
      while (received.size() < expectedOrders * TEAM && System.nanoTime() < deadline) {
        Thread.sleep(2_000);
        received = received(cluster);
      }

      int lost = expectedOrders * TEAM - received.size();
      int repeats = 0;
      Map<Integer, Integer> repeatsPerKill = new HashMap<>();
      for (List<Long> arrivals : received.values()) {
        for (int again = 1; again < arrivals.size(); again++) {
          repeats++;
          repeatsPerKill.merge(killBefore(kills, arrivals.get(again)), 1, Integer::sum);
        }
      }
      int worstKill = repeatsPerKill.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      System.out.printf(
          "%nCRASH %d kills (%d during a sync pass, %d with deliveries claimed): %d orders × %d"
              + " sellers = %d notifications expected; received %d distinct, lost %d; repeats %d"
              + " (%.2f per kill, worst kill %d)%n",
          KILLS,
          killedMidPass,
          killedMidDispatch,
          expectedOrders,
          TEAM,
          expectedOrders * TEAM,
          received.size(),
          lost,
          repeats,
          repeats / (double) KILLS,
          worstKill);
      assertEquals(0, lost, "no notification lost");
    }
  }

  /** Each order notification received, by chat and price, with each arrival of it. */
  private static Map<String, List<Long>> received(BenchCluster cluster) {
    Map<String, List<Long>> received = new HashMap<>();
    for (StandInMessage message : cluster.telegram.telegram().messagesAfter(0)) {
      if (!message.html().contains("Новый заказ")) {
        continue;
      }
      Matcher price = PRICE.matcher(message.html());
      if (price.find()) {
        received
            .computeIfAbsent(message.chatId() + "/" + price.group(1), key -> new ArrayList<>())
            .add(cluster.telegram.arrival(message.chatId(), message.messageId()));
      }
    }
    received.values().forEach(arrivals -> arrivals.sort(Long::compare));
    return received;
  }

  /** The number of the last kill before {@code nanos} (0: before any). */
  private static int killBefore(List<Long> kills, long nanos) {
    int last = 0;
    for (int i = 0; i < kills.size(); i++) {
      if (kills.get(i) <= nanos) {
        last = i + 1;
      }
    }
    return last;
  }

  /** Order {@code n} of the script: its own price, 1000 + n ₽. */
  static JsonObject order(int n, Instant now) {
    String at = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.SECONDS), MOSCOW).toString();
    int price = 1000 + n;
    return Json.createObjectBuilder()
        .add("date", at)
        .add("lastChangeDate", at)
        .add("warehouseName", "Коледино")
        .add("warehouseType", "Склад WB")
        .add("countryName", "Россия")
        .add("oblastOkrugName", "Центральный федеральный округ")
        .add("regionName", "Московская")
        .add("supplierArticle", "DRESS-01")
        .add("nmId", 301001L)
        .add("barcode", "203010010")
        .add("category", "Одежда")
        .add("subject", "Платья")
        .add("brand", "Лето")
        .add("techSize", "S")
        .add("incomeID", 1)
        .add("isSupply", false)
        .add("isRealization", true)
        .add("totalPrice", price * 2)
        .add("discountPercent", 50)
        .add("spp", 10)
        .add("finishedPrice", price - price / 10)
        .add("priceWithDisc", price)
        .add("sticker", "")
        .add("isCancel", false)
        .add("cancelDate", "0001-01-01T00:00:00")
        .add("srid", "crash." + n + ".0")
        .add("gNumber", "crash-g" + n)
        .build();
  }
}
