package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryBackgroundTasks;
import com.wbassist.application.fakes.InMemoryReportFiles;
import com.wbassist.application.fakes.InMemoryShopRecords;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.fakes.TextReportDocuments;
import com.wbassist.application.port.in.ResyncRefusedException;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.TaskKind;
import com.wbassist.domain.task.TaskLease;
import com.wbassist.domain.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Re-syncing a period (decision 0630): WB's rows of the period read again and stored idempotently
 * under the cabinet's lease, nobody told twice, cursors untouched; cancelled, claimed by one
 * server, started again after a dead server.
 */
class ResyncTaskTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000031");
  private static final ApiCaller KEY = new ApiCaller("k1", SHOP);
  private static final Period NOVEMBER =
      new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-18"));

  private final InMemoryWorld world = new InMemoryWorld(NOW);
  private final MutableClock realTime = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
  private final InMemoryBackgroundTasks tasks = new InMemoryBackgroundTasks();
  private final BackgroundTaskService service =
      new BackgroundTaskService(
          tasks,
          new InMemoryReportFiles(),
          world.sellers,
          world.cabinets,
          new PrimarySyncTasks(world.cabinets, world.runs, () -> world.syncPolicy),
          realTime);

  private final List<Order> orders = new ArrayList<>();
  private final List<Sale> sales = new ArrayList<>();

  /** A server of the cluster: reports and re-syncs, on the same stored tasks. */
  private BackgroundTaskKinds server() {
    return new BackgroundTaskKinds(
        tasks,
        new ReportTaskRunner(
            tasks,
            new InMemoryShopRecords(),
            new TextReportDocuments(),
            new InMemoryReportFiles(),
            world.chat,
            realTime,
            TaskTiming.defaults()),
        new ResyncTaskRunner(
            tasks,
            realTime,
            TaskTiming.defaults(),
            world.cabinets,
            world.wb,
            new MarketStores(
                world.cards,
                world.orders,
                world.sales,
                world.stocks,
                world.feedbacks,
                world.setAside),
            () -> world.syncPolicy,
            DetectionPolicy.defaults(),
            world.clock,
            Duration.ofMinutes(5),
            Duration.ofMillis(5)));
  }

  private void wbHolds() {
    world.wb.holds(
        SHOP,
        new CabinetData(
            orders, sales, List.of(), List.of(), List.of(), List.of(card(101001, "Платье", null))));
  }

  /** The shop is connected with a personal token and its primary sync has loaded A and S1. */
  @BeforeEach
  void readyShop() {
    world.wb.account(SHOP, "ИП Тестов", "");
    orders.add(order("A").date("2026-11-18T08:10:00").build());
    sales.add(sale("S1").date("2026-11-17T12:00:00").build());
    wbHolds();
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    world.sync.syncNow(SHOP);
    assertTrue(world.cabinets.find(SHOP).orElseThrow().isReady());
  }

  /** WB now also holds rows the passes never read: changed before the cursors. */
  private void wbAlsoHoldsMissedRows() {
    orders.add(order("M").date("2026-11-13T10:00:00").build()); // 5 days old: still news
    orders.add(order("O").date("2026-11-03T10:00:00").build()); // 15 days old: stale
    sales.add(sale("S0").date("2026-11-12T10:00:00").build());
    wbHolds();
  }

  private void runAll(BackgroundTaskKinds server) {
    for (TaskLease lease : server.claim(2)) {
      server.run(lease, () -> false);
    }
  }

  private List<String> eventKeys() {
    return world.outbox.allEvents().stream()
        .map(e -> e.event().type() + " " + e.event().key())
        .toList();
  }

  @Test
  @DisplayName(
      "a re-sync stores what the passes missed, tells only a young missed row, and never a known one twice")
  void storesMissedRowsOnce() {
    wbAlsoHoldsMissedRows();
    Optional<Instant> cursor = world.orders.cursor(SHOP);
    BackgroundTask asked = service.requestResync(KEY, NOVEMBER);
    assertEquals(TaskKind.RESYNC, asked.kind());

    runAll(server());

    BackgroundTask done = service.task(KEY, asked.id()).orElseThrow();
    assertEquals(TaskState.SUCCEEDED, done.state(), String.valueOf(done.error()));
    assertEquals(100, done.progress().percent());
    assertEquals(
        List.of("A", "M", "O"),
        world.orders.stored(SHOP).stream().map(Order::srid).sorted().toList());
    assertEquals(2, world.sales.stored(SHOP).size());
    assertEquals(
        List.of("BUYOUT S0", "NEW_ORDER M"),
        eventKeys().stream().sorted().toList(),
        "A and S1 were known; O is older than a week");
    assertEquals(cursor, world.orders.cursor(SHOP), "the stream's cursor did not move");

    service.requestResync(KEY, NOVEMBER);
    runAll(server());
    assertEquals(2, eventKeys().size(), "a second re-sync finds every row known");
    world.clock.advance(Duration.ofMinutes(5));
    world.sync.syncNow(SHOP);
    assertEquals(2, eventKeys().size(), "nor does the next regular pass tell them again");
  }

  @Test
  @DisplayName("a re-sync waits while a pass holds the cabinet, then stores its page")
  void waitsForTheCabinet() throws Exception {
    wbAlsoHoldsMissedRows();
    BackgroundTask asked = service.requestResync(KEY, NOVEMBER);
    SyncLease pass = world.cabinets.claim(SHOP, NOW, Duration.ofMinutes(5)).orElseThrow();
    Thread passEnds =
        new Thread(
            () -> {
              try {
                Thread.sleep(100);
              } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
              }
              world.cabinets.release(pass);
            });
    passEnds.start();
    runAll(server());
    passEnds.join();
    assertEquals(TaskState.SUCCEEDED, service.task(KEY, asked.id()).orElseThrow().state());
    assertEquals(3, world.orders.stored(SHOP).size());
  }

  @Test
  @DisplayName("a re-sync cancelled mid-way stops at its next page and ends CANCELLED")
  void cancelledMidWay() {
    world.syncPolicy = world.syncPolicy.withStatisticsPageLimit(1);
    world.wb.pageLimit(1);
    wbAlsoHoldsMissedRows();
    BackgroundTask asked = service.requestResync(KEY, NOVEMBER);
    world.wb.beforeNextCall(
        () -> {
          service.cancel(KEY, asked.id());
          realTime.advance(Duration.ofSeconds(1));
        });
    runAll(server());
    BackgroundTask cancelled = service.task(KEY, asked.id()).orElseThrow();
    assertEquals(TaskState.CANCELLED, cancelled.state());
    assertTrue(world.wb.calls(com.wbassist.domain.sync.SyncStream.SALES) <= 1, "sales not read");
  }

  @Test
  @DisplayName(
      "two servers never run one re-sync; a dead server's is started again and stores nothing twice")
  void oneServerAndRestart() {
    wbAlsoHoldsMissedRows();
    BackgroundTask asked = service.requestResync(KEY, NOVEMBER);
    BackgroundTaskKinds first = server();
    BackgroundTaskKinds second = server();
    List<TaskLease> claimed = first.claim(2);
    assertEquals(1, claimed.size());
    assertEquals(List.of(), second.claim(2), "the other server finds it taken");

    // The first server dies before running it; its lease lapses.
    realTime.advance(TaskTiming.defaults().lease().plusSeconds(1));
    runAll(second);
    BackgroundTask done = service.task(KEY, asked.id()).orElseThrow();
    assertEquals(TaskState.SUCCEEDED, done.state());
    assertEquals(2, done.attempts());
    assertEquals(2, eventKeys().size());
  }

  @Test
  @DisplayName(
      "refused with why: a shop not ready, a Base token, a re-sync already under way; another key's shop never")
  void refusals() {
    service.requestResync(KEY, NOVEMBER);
    var twice =
        assertThrows(ResyncRefusedException.class, () -> service.requestResync(KEY, NOVEMBER));
    assertTrue(twice.getMessage().contains("under way"));

    CabinetId baseShop = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000032");
    world.wb.account(baseShop, "ИП База", "");
    world.wb.holds(baseShop, CabinetData.empty());
    world.text(1002, "/start");
    world.text(
        1002,
        FakeTokens.token(
            baseShop.sid(), NOW.plus(Duration.ofDays(180)), FakeTokens.ALL_NEEDED, 1, false));
    ApiCaller baseKey = new ApiCaller("k2", baseShop);
    var notReady =
        assertThrows(ResyncRefusedException.class, () -> service.requestResync(baseKey, NOVEMBER));
    assertTrue(notReady.getMessage().contains("primary sync"), notReady.getMessage());
    world.sync.syncNow(baseShop);
    world.clock.advance(Duration.ofHours(4));
    world.sync.syncNow(baseShop);
    assertTrue(world.cabinets.find(baseShop).orElseThrow().isReady());
    var base =
        assertThrows(ResyncRefusedException.class, () -> service.requestResync(baseKey, NOVEMBER));
    assertTrue(base.getMessage().contains("personal or service token"), base.getMessage());
    assertEquals(
        List.of(),
        service.tasks(baseKey, Optional.of(TaskState.QUEUED)).stream()
            .filter(t -> t.kind() == TaskKind.RESYNC)
            .toList(),
        "another shop's re-sync is not listed");
  }
}
