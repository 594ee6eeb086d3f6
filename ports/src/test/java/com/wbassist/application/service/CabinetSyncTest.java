package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CabinetSyncTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @BeforeEach
  void connected() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
  }

  private void wbHolds(List<Order> orders) {
    world.wb.holds(
        SHOP,
        new CabinetData(
            orders,
            List.of(),
            List.of(stock(101001, 302, 507, "Коледино", 5)),
            List.of(),
            List.of(),
            List.of(card(101001, "Платье", null))));
  }

  @Test
  @DisplayName("the primary sync stores every stream, fires nothing, and sets the cursors")
  void primary() {
    wbHolds(
        List.of(
            order("A").date("2026-11-17T10:00:00").build(),
            order("B").date("2026-11-18T08:10:00").build()));
    var report = world.sync.syncNow(SHOP).orElseThrow();
    assertTrue(report.succeeded());
    assertEquals(0, report.events());
    assertEquals(2L, report.rows().get(SyncStream.ORDERS));
    assertTrue(world.outbox.allEvents().isEmpty());
    assertEquals(Optional.of(moscow("2026-11-18T08:10:00")), world.orders.cursor(SHOP));
    assertEquals(CabinetStatus.READY, world.cabinets.find(SHOP).orElseThrow().status());
  }

  @Test
  @DisplayName(
      "orders are paged by lastChangeDate until a short page, and every new row of every page is detected")
  void paging() {
    world.syncPolicy = world.syncPolicy.withStatisticsPageLimit(2);
    world.wb.pageLimit(2);
    wbHolds(List.of());
    world.sync.syncNow(SHOP);
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      orders.add(order("O" + i).date("2026-11-18T09:0" + i + ":00").build());
    }
    wbHolds(orders);
    world.clock.set(moscow("2026-11-18T09:30:00"));
    var report = world.sync.syncNow(SHOP).orElseThrow();
    assertEquals(7, report.events());
    assertTrue(
        world.wb.calls(SyncStream.ORDERS) >= 5, "pages of two with the boundary row repeated");
  }

  @Test
  @DisplayName(
      "a failed stream keeps its cursor, the others go on, and the next pass catches up without losing a row")
  void failedStream() {
    wbHolds(List.of(order("A").date("2026-11-18T08:00:00").build()));
    world.sync.syncNow(SHOP);
    world.clock.set(moscow("2026-11-18T09:30:00"));
    wbHolds(
        List.of(
            order("A").date("2026-11-18T08:00:00").build(),
            order("B").date("2026-11-18T09:10:00").build()));
    world.wb.failStream(SyncStream.ORDERS, "WB answered 503 five times");
    var failed = world.sync.syncNow(SHOP).orElseThrow();
    assertFalse(failed.succeeded());
    assertEquals(List.of(SyncStream.ORDERS), List.copyOf(failed.failures().keySet()));
    assertEquals(Optional.of(moscow("2026-11-18T08:00:00")), world.orders.cursor(SHOP));
    assertTrue(failed.rows().containsKey(SyncStream.STOCKS), "the other streams went on");
    assertTrue(world.cabinets.find(SHOP).orElseThrow().lastError().contains("503"));

    world.wb.heal(SyncStream.ORDERS);
    var caughtUp = world.sync.syncNow(SHOP).orElseThrow();
    assertEquals(1, caughtUp.events());
    assertEquals("B", world.outbox.allEvents().get(0).event().key());
  }

  @Test
  @DisplayName("a failed primary sync says what failed, keeps the seller SYNCING and is retried")
  void failedPrimary() {
    wbHolds(List.of());
    world.wb.failStream(SyncStream.FEEDBACKS, "WB answered 500");
    world.sync.syncNow(SHOP);
    assertEquals(OnboardingState.SYNCING, world.sellers.find(1001).orElseThrow().state());
    assertTrue(
        world.chat.last(1001).text().contains("Не удалось загрузить отзывы"),
        world.chat.last(1001).text());
    world.sync.syncNow(SHOP);
    long failures =
        world.chat.to(1001).stream().filter(s -> s.text().contains("Не удалось")).count();
    assertEquals(1, failures, "the same failure is told once");
    world.wb.heal(SyncStream.FEEDBACKS);
    world.sync.syncNow(SHOP);
    assertEquals(OnboardingState.READY, world.sellers.find(1001).orElseThrow().state());
  }

  @Test
  @DisplayName(
      "a crash while storing a page leaves neither rows nor events nor a moved cursor; the retry fires once")
  void atomicPage() {
    wbHolds(List.of());
    world.sync.syncNow(SHOP);
    wbHolds(List.of(order("A").date("2026-11-18T08:55:00").build()));
    world.orders.failNextWrite(new IllegalStateException("connection reset"));
    world.sync.syncNow(SHOP);
    assertTrue(world.outbox.allEvents().isEmpty());
    assertEquals(Optional.empty(), world.orders.cursor(SHOP));
    world.sync.syncNow(SHOP);
    world.sync.syncNow(SHOP);
    assertEquals(
        List.of(EventType.NEW_ORDER),
        world.outbox.allEvents().stream().map(e -> e.event().type()).toList());
  }

  @Test
  @DisplayName(
      "due cabinets are claimed with a lease: a cabinet being synced is not synced again at once")
  void dueAndLeased() {
    wbHolds(List.of());
    assertEquals(1, world.sync.syncDue().size());
    assertEquals(0, world.sync.syncDue().size(), "synced just now: not due before the interval");
    world.clock.advance(Duration.ofSeconds(180));
    assertEquals(1, world.sync.syncDue().size());
    assertTrue(
        world.cabinets.claim(SHOP, world.clock.instant(), Duration.ofMinutes(5)).isPresent());
    assertTrue(world.sync.syncNow(SHOP).isEmpty(), "someone else holds the lease");
  }

  @Test
  @DisplayName("a token WB refuses stops the pass and pauses the cabinet")
  void tokenRejected() {
    wbHolds(List.of());
    world.sync.syncNow(SHOP);
    world.wb.rejectToken(SHOP);
    var report = world.sync.syncNow(SHOP).orElseThrow();
    assertTrue(report.tokenRejected());
    assertEquals(CabinetStatus.TOKEN_REJECTED, world.cabinets.find(SHOP).orElseThrow().status());
    world.clock.advance(Duration.ofHours(1));
    assertEquals(0, world.sync.syncDue().size());
  }
}
