package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryRequestTurns;
import com.wbassist.application.fakes.InMemorySyncRunLog.Run;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.port.in.SyncReport;
import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.FeedbackList;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.StockLevel;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a pass that outlived its lease kept writing while another server synced the same
 * cabinet. Now the pass's next write is refused and the pass stops, reported as a lost lease; the
 * server that took the cabinet over carries on alone. A pass whose lease merely ran out, with
 * nobody claiming the cabinet meanwhile, renews it by writing and finishes.
 */
class LeaseLostPassTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000001ea");
  private static final Duration LEASE = SyncSchedule.defaults().lease();

  private final InMemoryWorld world = new InMemoryWorld(NOW);
  private Instant primarySynced;

  @BeforeEach
  void aReadyShopWithFiveNewOrders() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    world.wb.holds(SHOP, CabinetData.empty());
    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded());
    primarySynced = world.cabinets.find(SHOP).orElseThrow().lastSyncAt();
    world.clock.advance(Duration.ofMinutes(10));
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      orders.add(order("O" + i).date("2026-11-18T09:0" + i + ":00").build());
    }
    world.wb.holds(
        SHOP, new CabinetData(orders, List.of(), List.of(), List.of(), List.of(), List.of()));
    world.wb.pageLimit(2);
    world.syncPolicy = world.syncPolicy.withStatisticsPageLimit(2);
  }

  /** Server A: the world's services, over a WB that lets something happen during a pass. */
  private CabinetSyncService serverA(WbMarketData wb) {
    return new CabinetSyncService(
        world.cabinets,
        world.runs,
        wb,
        new MarketStores(
            world.cards, world.orders, world.sales, world.stocks, world.feedbacks, world.setAside),
        () -> world.syncPolicy,
        DetectionPolicy.defaults(),
        SyncSchedule.defaults(),
        new SyncAnnouncements(world.sellers, world.chat, new BotReplies()),
        new InMemoryRequestTurns(),
        world.clock);
  }

  /** Server B's engine claims what is due now. */
  private List<SyncLease> serverBClaims() {
    return world.cabinets.claimDue(world.clock.instant(), Duration.ZERO, LEASE, 10);
  }

  @Test
  @DisplayName(
      "a pass that outlives its lease while another server claims the cabinet: its next page is"
          + " refused, it stops and says the lease was lost; the other server's pass stands")
  void stopsOnALostLease() {
    List<SyncLease> taken = new ArrayList<>();
    AtomicInteger ordersPages = new AtomicInteger();
    WbMarketData slowWb =
        new DuringPass(
            stream -> {
              if (stream == SyncStream.ORDERS && ordersPages.incrementAndGet() == 2) {
                // WB was slow: A's lease ran out while it waited for the second page.
                world.clock.advance(LEASE.plusMinutes(1));
                taken.addAll(serverBClaims());
              }
            });

    int salesCallsBefore = world.wb.calls(SyncStream.SALES);
    SyncReport report = serverA(slowWb).syncNow(SHOP).orElseThrow();

    assertEquals(1, taken.size(), "server B took the cabinet over");
    assertTrue(report.leaseLost());
    assertFalse(report.succeeded());
    assertTrue(report.failures().isEmpty(), "not a WB failure");
    assertFalse(report.tokenRejected());
    assertEquals(
        List.of("O0", "O1"),
        world.orders.stored(SHOP).stream().map(Order::srid).sorted().toList(),
        "the page A fetched after losing the lease was not stored");
    assertEquals(2, world.outbox.allEvents().size(), "nor were its events");
    assertEquals(Optional.of(moscow("2026-11-18T09:01:00")), world.orders.cursor(SHOP));
    assertEquals(
        salesCallsBefore,
        world.wb.calls(SyncStream.SALES),
        "the pass stopped: no stream ran after it");
    Cabinet cabinet = world.cabinets.find(SHOP).orElseThrow();
    assertEquals(primarySynced, cabinet.lastSyncAt(), "A recorded no sync of the cabinet");
    assertNull(cabinet.lastError(), "nor an error");
    Run run = world.runs.runs().get(world.runs.runs().size() - 1);
    assertTrue(run.error.startsWith("lease lost"), run.error);
    assertTrue(
        world.cabinets.claim(SHOP, world.clock.instant(), LEASE).isEmpty(),
        "A's release at its end left B's lease alone");

    SyncReport byB = world.sync.syncClaimed(taken.get(0)).orElseThrow();
    assertTrue(byB.succeeded(), "B's pass is not disturbed");
    assertFalse(byB.leaseLost());
    assertEquals(5, world.orders.stored(SHOP).size());
    assertEquals(5, world.outbox.allEvents().size(), "each order told once");
    assertEquals(
        world.clock.instant(), world.cabinets.find(SHOP).orElseThrow().lastSyncAt(), "B's sync");
  }

  @Test
  @DisplayName(
      "a pass that outlives its first lease while nobody claims the cabinet keeps it by writing"
          + " and finishes; meanwhile no other server can claim it")
  void renewsByWriting() {
    List<SyncLease> claimedMeanwhile = new ArrayList<>();
    AtomicInteger ordersPages = new AtomicInteger();
    WbMarketData slowWb =
        new DuringPass(
            stream -> {
              if (stream == SyncStream.ORDERS && ordersPages.incrementAndGet() == 2) {
                world.clock.advance(LEASE.plusMinutes(1));
              }
              if (stream == SyncStream.SALES) {
                claimedMeanwhile.addAll(serverBClaims());
              }
            });

    SyncReport report = serverA(slowWb).syncNow(SHOP).orElseThrow();

    assertTrue(report.succeeded(), report.toString());
    assertEquals(List.of(), claimedMeanwhile, "the pages stored since renewed the lease");
    assertEquals(5, world.orders.stored(SHOP).size());
    assertEquals(world.clock.instant(), world.cabinets.find(SHOP).orElseThrow().lastSyncAt());
    assertEquals(1, serverBClaims().size(), "released at the end: due again when its time comes");
  }

  /** The world's WB, telling {@code onCall} of every request before answering it. */
  private final class DuringPass implements WbMarketData {
    private final java.util.function.Consumer<SyncStream> onCall;

    DuringPass(java.util.function.Consumer<SyncStream> onCall) {
      this.onCall = onCall;
    }

    @Override
    public WbPage<Order> ordersPage(WbAccess access, Instant dateFrom) {
      onCall.accept(SyncStream.ORDERS);
      return world.wb.ordersPage(access, dateFrom);
    }

    @Override
    public WbPage<Sale> salesPage(WbAccess access, Instant dateFrom) {
      onCall.accept(SyncStream.SALES);
      return world.wb.salesPage(access, dateFrom);
    }

    @Override
    public WbPage<StockLevel> stocks(WbAccess access) {
      onCall.accept(SyncStream.STOCKS);
      return world.wb.stocks(access);
    }

    @Override
    public WbPage<Feedback> feedbacksPage(WbAccess access, FeedbackList list, int skip, int take) {
      onCall.accept(SyncStream.FEEDBACKS);
      return world.wb.feedbacksPage(access, list, skip, take);
    }

    @Override
    public CardsPage cardsPage(WbAccess access, Optional<CardCursor> after, int limit) {
      onCall.accept(SyncStream.CARDS);
      return world.wb.cardsPage(access, after, limit);
    }
  }
}
