package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryDispatchTurns;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.market.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DispatchTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private final InMemoryWorld world =
      new InMemoryWorld(
          NOW,
          DetectionPolicy.defaults(),
          new DispatchPolicy(
              10,
              Duration.ofMinutes(2),
              Duration.ofHours(24),
              Duration.ofSeconds(30),
              Duration.ofMinutes(10)));

  private final Map<String, Instant> appeared = new HashMap<>();

  @BeforeEach
  void readyShop() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.wb.holds(SHOP, CabinetData.empty());
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    world.sync.syncNow(SHOP);
  }

  /**
   * WB holds these orders from now on; each carries, as WB's rows do, the time it first appeared as
   * its lastChangeDate, so an order added later is read after the ones before it.
   */
  private void newOrders(String... srids) {
    world.clock.advance(Duration.ofMinutes(5));
    List<Order> orders =
        java.util.Arrays.stream(srids)
            .map(
                s ->
                    order(s)
                        .date("2026-11-18T09:01:00")
                        .changed(
                            MoscowTime.toLocal(
                                    appeared.computeIfAbsent(s, k -> world.clock.instant()))
                                .toString())
                        .build())
            .toList();
    world.wb.holds(
        SHOP, new CabinetData(orders, List.of(), List.of(), List.of(), List.of(), List.of()));
    world.sync.syncNow(SHOP);
  }

  @Test
  @DisplayName("one message per event per interested seller, once, however often dispatch runs")
  void once() {
    newOrders("A", "B");
    world.clock.advance(Duration.ofSeconds(3));
    var report = world.dispatch.dispatch();
    assertEquals(2, report.sent());
    assertEquals(
        java.util.Map.of(com.wbassist.domain.event.EventType.NEW_ORDER, 2),
        report.expandedByType());
    assertEquals(
        Duration.ofSeconds(3), report.longestLag(), "detected, then sent three seconds later");
    assertEquals(0, world.dispatch.dispatch().sent());
    assertEquals(2, world.chat.notifications().size());
  }

  @Test
  @DisplayName("a seller who joins later hears only of events detected after joining")
  void joinedLater() {
    newOrders("A");
    world.clock.advance(Duration.ofMinutes(1));
    world.text(1002, "/start");
    world.text(1002, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    world.dispatch.dispatch();
    assertEquals(List.of(1001L), world.chat.notifications().stream().map(s -> s.chatId()).toList());
  }

  @Test
  @DisplayName("Telegram failing is retried later; after the last attempt the delivery gives up")
  void retries() {
    newOrders("A");
    world.chat.failNextSends(1);
    var first = world.dispatch.dispatch();
    assertEquals(1, first.failed());
    assertEquals(0, world.dispatch.dispatch().sent(), "not before the backoff");
    world.clock.advance(Duration.ofSeconds(31));
    assertEquals(1, world.dispatch.dispatch().sent());
  }

  @Test
  @DisplayName("a message Telegram refuses for good is not retried")
  void refusedForGood() {
    newOrders("A");
    world.chat.refuseNextSends(1);
    assertEquals(1, world.dispatch.dispatch().failed());
    world.clock.advance(Duration.ofHours(1));
    assertEquals(0, world.dispatch.dispatch().sent());
    assertEquals(0, world.chat.notifications().size());
  }

  @Test
  @DisplayName(
      "a stopping application stops between two messages and hands back what it had not started")
  void stopsBetweenMessages() {
    world.text(1002, "/start");
    world.text(1002, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    world.chat.clear();
    newOrders("A", "B", "C");
    var stopping =
        new NotificationDispatchService(
            world.outbox,
            world.outbox,
            world.sellers,
            world.cards,
            world.chat,
            DispatchPolicy.defaults(),
            world.clock,
            new InMemoryDispatchTurns(),
            "server-a",
            Runnable::run,
            () -> world.chat.notifications().size() < 1);
    assertEquals(1, stopping.dispatch().sent(), "stopped after the first message");
    // It had claimed A for both sellers (a seller's deliveries are claimed one at a time) and
    // handed back the one it had not started: nothing waits for its lease.
    assertEquals(5, world.dispatch.dispatch().sent(), "the rest, at once and in order");
    assertEquals(6, world.chat.notifications().size());
    assertEquals(
        List.of("A", "B", "C"),
        world.outbox.sent().stream()
            .filter(sent -> sent.telegramId() == 1002)
            .map(sent -> sent.event().key())
            .toList());
  }

  @Test
  @DisplayName(
      "a seller who blocked the bot is marked inactive and not sent to again until they write")
  void blocked() {
    world.chat.block(1001);
    newOrders("A");
    world.dispatch.dispatch();
    assertFalse(world.sellers.find(1001).orElseThrow().active());
    newOrders("A", "B");
    world.chat.unblock(1001);
    world.dispatch.dispatch();
    assertEquals(0, world.chat.notifications().size(), "inactive sellers are not told");
    world.text(1001, "/menu");
    newOrders("A", "B", "C");
    world.dispatch.dispatch();
    assertEquals(List.of("C"), world.outbox.sent().stream().map(s -> s.event().key()).toList());
  }
}
