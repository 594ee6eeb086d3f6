package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.market.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, the second loss: a Telegram outage used to drop notifications after five tries (about
 * eight minutes). Now a delivery lives until it is older than the give-up age (24 h by default),
 * Telegram's own {@code retry_after} is waited out however long, sending pauses while Telegram is
 * down, an operator can re-queue what was given up, and a seller whose news was held up gets it in
 * order.
 */
class DeliveryOutlivesOutageTest {
  private static final Instant NOW = Instant.parse("2026-11-18T06:00:00Z");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000011");
  private final InMemoryWorld world =
      new InMemoryWorld(NOW, DetectionPolicy.defaults(), DispatchPolicy.defaults());

  @BeforeEach
  void readyShop() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.wb.holds(SHOP, CabinetData.empty());
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    world.sync.syncNow(SHOP);
    world.chat.clear();
  }

  /** When each order first appeared: its date and lastChangeDate, as WB's rows carry them. */
  private final java.util.Map<String, String> appeared = new java.util.HashMap<>();

  private void newOrders(String... srids) {
    List<Order> orders =
        java.util.Arrays.stream(srids)
            .map(
                s -> {
                  String at =
                      appeared.computeIfAbsent(
                          s, k -> MoscowTime.toLocal(world.clock.instant()).toString());
                  return order(s).date(at).changed(at).build();
                })
            .toList();
    world.wb.holds(
        SHOP, new CabinetData(orders, List.of(), List.of(), List.of(), List.of(), List.of()));
    world.sync.syncNow(SHOP);
  }

  /** Dispatch every 30 s for {@code span}, as the timer would. */
  private void dispatchFor(Duration span) {
    Instant end = world.clock.instant().plus(span);
    while (world.clock.instant().isBefore(end)) {
      world.dispatch.dispatch();
      world.clock.advance(Duration.ofSeconds(30));
    }
    world.dispatch.dispatch();
  }

  private List<String> delivered() {
    return world.chat.notifications().stream().map(said -> said.text()).toList();
  }

  @Test
  @DisplayName("a three-hour Telegram outage delays the news but loses none of it")
  void outageOfHours() {
    newOrders("A");
    world.chat.downUntil(world.clock.instant().plus(Duration.ofHours(3)), world.clock);
    dispatchFor(Duration.ofHours(3).plusMinutes(15));
    assertEquals(1, delivered().size(), "sent once Telegram came back");
  }

  @Test
  @DisplayName("while Telegram is down sending pauses: a few tries per pause, not one per delivery")
  void pausesWhileDown() {
    newOrders("A", "B", "C", "D", "E", "F");
    world.chat.downUntil(world.clock.instant().plus(Duration.ofHours(1)), world.clock);
    dispatchFor(Duration.ofHours(1).plusMinutes(10));
    assertEquals(6, delivered().size());
    // Without the pause every delivery would be tried on each of its own backoffs (six times as
    // many); with it, three tries open it and one try per pause (30 s doubling to 5 min) follows.
    assertTrue(
        world.chat.sendAttempts() <= 6 + 3 + 20,
        "tries while down: " + (world.chat.sendAttempts() - 6));
  }

  @Test
  @DisplayName("a delivery older than the give-up age is given up; an operator can re-queue it")
  void givenUpThenRequeued() {
    newOrders("A");
    world.chat.downUntil(world.clock.instant().plus(Duration.ofHours(25)), world.clock);
    dispatchFor(Duration.ofHours(25).plusMinutes(5));
    assertEquals(List.of(), delivered(), "given up after 24 h");
    assertEquals(1, world.outbox.requeueFailed(SHOP, world.clock.instant()));
    world.dispatch.dispatch();
    assertEquals(1, delivered().size(), "sent after the operator's re-queue");
    assertEquals(0, world.outbox.requeueFailed(SHOP, world.clock.instant()));
  }

  @Test
  @DisplayName("Telegram's long retry_after is waited out exactly, not counted as a failure")
  void longRetryAfter() {
    newOrders("A");
    world.chat.rateLimitNextSends(1, Duration.ofMinutes(5));
    world.dispatch.dispatch();
    world.clock.advance(Duration.ofMinutes(4));
    world.dispatch.dispatch();
    assertEquals(List.of(), delivered(), "not before the wait Telegram asked for");
    world.clock.advance(Duration.ofMinutes(1));
    world.dispatch.dispatch();
    assertEquals(1, delivered().size());
  }

  @Test
  @DisplayName("a seller whose messages were held up gets them in order, oldest first")
  void inOrder() {
    newOrders("A");
    world.clock.advance(Duration.ofMinutes(1));
    newOrders("A", "B");
    world.clock.advance(Duration.ofMinutes(1));
    newOrders("A", "B", "C");
    world.chat.failNextSends(1);
    dispatchFor(Duration.ofMinutes(5));
    List<String> delivered = delivered();
    assertEquals(3, delivered.size());
    // A was placed at 09:00, B at 09:01, C at 09:02 (Moscow); A's first send failed.
    assertTrue(
        delivered.get(0).contains("09:00")
            && delivered.get(1).contains("09:01")
            && delivered.get(2).contains("09:02"),
        delivered.toString());
  }
}
