package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemorySyncRunLog;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.port.in.SyncReport;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The orders and sales cursor on the in-memory fakes, WB paging by three: it only moves forward,
 * every pass ends, a pass cut short is resumed from it, and a second with more rows than a page is
 * stepped past and reported — never a stream stalled for good (issue 11).
 */
class StatisticsCursorTest {
  private static final int PAGE = 3;
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000606");
  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @BeforeEach
  void primarySyncDone() {
    world.syncPolicy = world.syncPolicy.withStatisticsPageLimit(PAGE);
    world.wb.pageLimit(PAGE);
    world.wb.account(SHOP, "ИП Тестов", "");
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded());
    world.clock.set(moscow("2026-11-18T10:30:00"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"ORDERS", "SALES"})
  @DisplayName(
      "more rows at one second than a page: the pass steps past that second, reports it, and reads every later row")
  void crowdedSecondWithinAPass(SyncStream stream) {
    wbHolds(
        stream, "09:10:00", "09:10:00", "09:10:00", "09:10:00", "09:10:00", "09:20:00", "09:30:00");

    SyncReport report = world.sync.syncNow(SHOP).orElseThrow();

    assertTrue(report.succeeded(), "a crowded second is not a failure");
    assertEquals(Set.of("K0", "K1", "K2", "K5", "K6"), storedKeys(stream));
    assertEquals(Set.of("K0", "K1", "K2", "K5", "K6"), eventKeys(stream));
    Map<SyncStream, List<Instant>> crowded = Map.of(stream, List.of(at("09:10:00")));
    assertEquals(crowded, report.possiblyMissed(), "the rows of 09:10:00 beyond the page");
    assertEquals(crowded, lastRun().possiblyMissed, "said in the run log as well");
    assertEquals(
        List.of(windowStart(), at("09:10:00"), at("09:10:01")),
        asked(stream),
        "the window, the crowded second once, then one second past it");
    assertEquals(Optional.of(at("09:30:00")), cursor(stream));

    SyncReport quiet = world.sync.syncNow(SHOP).orElseThrow();
    assertEquals(
        List.of(at("09:30:00"), at("09:30:01")),
        asked(stream).subList(3, 5),
        "a quiet pass: the boundary row again, then an empty page past it");
    assertEquals(Map.of(), quiet.possiblyMissed());
    assertEquals(Optional.of(at("09:30:01")), cursor(stream));

    wbHolds(
        stream,
        "09:10:00",
        "09:10:00",
        "09:10:00",
        "09:10:00",
        "09:10:00",
        "09:20:00",
        "09:30:00",
        "10:25:00");
    world.sync.syncNow(SHOP);
    assertTrue(eventKeys(stream).contains("K7"), "later rows keep coming");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"ORDERS", "SALES"})
  @DisplayName(
      "passes that WB's limits allow one request each still move forward: each resumes from the stored cursor, never below it")
  void oneRequestAPass(SyncStream stream) {
    wbHolds(
        stream,
        "09:05:00",
        "09:06:00",
        "09:07:00",
        "09:10:00",
        "09:10:00",
        "09:10:00",
        "09:10:00",
        "09:20:00",
        "09:30:00");
    List<Instant> firstRequests = new ArrayList<>();
    List<Optional<Instant>> cursors = new ArrayList<>();
    List<SyncReport> reports = new ArrayList<>();
    for (int pass = 0; pass < 6; pass++) {
      world.wb.allowRequests(stream, 1);
      int before = asked(stream).size();
      reports.add(world.sync.syncNow(SHOP).orElseThrow());
      firstRequests.add(asked(stream).get(before));
      cursors.add(cursor(stream));
    }

    assertEquals(
        List.of(
            Optional.of(at("09:07:00")),
            Optional.of(at("09:10:00")),
            Optional.of(at("09:10:01")),
            Optional.of(at("09:30:00")),
            Optional.of(at("09:30:01")),
            Optional.of(at("09:30:01"))),
        cursors,
        "a page each pass, the crowded second stepped past, then the quiet passes");
    assertEquals(windowStart(), firstRequests.get(0));
    for (int pass = 1; pass < firstRequests.size(); pass++) {
      assertEquals(
          cursors.get(pass - 1).orElseThrow(),
          firstRequests.get(pass),
          "pass " + pass + " starts at the cursor the last one stored");
    }
    assertEquals(
        Set.of("K0", "K1", "K2", "K3", "K4", "K5", "K7", "K8"),
        eventKeys(stream),
        "every row but the one beyond the crowded second's page");
    assertEquals(Map.of(stream, List.of(at("09:10:00"))), reports.get(2).possiblyMissed());
    assertTrue(reports.get(3).succeeded(), "a pass that ends on its one request succeeds");
    assertTrue(reports.get(5).succeeded(), "the quiet pass past the last row is one request");
    assertTrue(
        reports.get(4).succeeded(),
        "its second request had to wait for WB's limit: the pass stopped there, not failed");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"ORDERS", "SALES"})
  @DisplayName(
      "a whole pass of pages at one crowded second after another ends, its cursor a second past each")
  void crowdedSecondsInARow(SyncStream stream) {
    wbHolds(
        stream,
        "09:10:00",
        "09:10:00",
        "09:10:00",
        "09:10:00",
        "09:10:01",
        "09:10:01",
        "09:10:01",
        "09:10:01",
        "09:10:02");
    SyncReport report = world.sync.syncNow(SHOP).orElseThrow();
    assertEquals(Map.of(stream, List.of(at("09:10:00"), at("09:10:01"))), report.possiblyMissed());
    assertEquals(Optional.of(at("09:10:03")), cursor(stream));
    assertTrue(storedKeys(stream).contains("K8"));
  }

  private void wbHolds(SyncStream stream, String... changedAt) {
    List<Order> orders = new ArrayList<>();
    List<Sale> sales = new ArrayList<>();
    for (int i = 0; i < changedAt.length; i++) {
      String when = "2026-11-18T" + changedAt[i];
      orders.add(order("K" + i).date(when).build());
      sales.add(sale("S" + i).date(when).build());
    }
    world.wb.holds(
        SHOP,
        new CabinetData(
            stream == SyncStream.ORDERS ? orders : List.of(),
            stream == SyncStream.SALES ? sales : List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
  }

  /**
   * The dateFroms asked since the primary sync (which asked once, from its window, for nothing).
   */
  private List<Instant> asked(SyncStream stream) {
    List<Instant> all = world.wb.dateFroms(stream);
    assertEquals(moscow("2026-10-19T10:00:00"), all.get(0));
    return all.subList(1, all.size());
  }

  private Set<String> storedKeys(SyncStream stream) {
    List<String> keys =
        stream == SyncStream.ORDERS
            ? world.orders.stored(SHOP).stream().map(Order::srid).toList()
            : world.sales.stored(SHOP).stream().map(s -> "K" + s.saleId().substring(1)).toList();
    return new TreeSet<>(keys);
  }

  /** The keys of the NEW_ORDER or BUYOUT events detected, as K-numbers. */
  private Set<String> eventKeys(SyncStream stream) {
    return new TreeSet<>(
        world.outbox.allEvents().stream()
            .map(e -> e.event().key())
            .map(key -> stream == SyncStream.ORDERS ? key : "K" + key.substring(1))
            .toList());
  }

  private Optional<Instant> cursor(SyncStream stream) {
    return stream == SyncStream.ORDERS ? world.orders.cursor(SHOP) : world.sales.cursor(SHOP);
  }

  private InMemorySyncRunLog.Run lastRun() {
    List<InMemorySyncRunLog.Run> runs = world.runs.runs();
    return runs.get(runs.size() - 1);
  }

  private static Instant windowStart() {
    return moscow("2026-10-19T10:30:00");
  }

  private static Instant at(String time) {
    return moscow("2026-11-18T" + time);
  }
}
