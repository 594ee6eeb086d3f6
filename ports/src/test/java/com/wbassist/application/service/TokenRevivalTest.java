package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A refused token, then a new valid one: syncing resumes from the stored cursors, what happened
 * meanwhile is stored and summed up in one message instead of a flood, once.
 */
class TokenRevivalTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private final InMemoryWorld world = new InMemoryWorld(NOW);
  private final List<Order> orders = new ArrayList<>();
  private final List<Sale> sales = new ArrayList<>();

  @BeforeEach
  void readyCabinetWhoseTokenWasRefused() {
    world.wb.account(SHOP, "ИП Тестов", "Лето");
    orders.add(order("OLD").date("2026-11-17T10:00:00").build());
    holds();
    String token = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(100)));
    for (long id : new long[] {1001, 1002}) {
      world.text(id, "/start");
      world.text(id, token);
    }
    world.sync.syncNow(SHOP);
    world.clock.set(moscow("2026-11-18T10:00:00"));
    world.wb.rejectToken(SHOP);
    world.sync.syncNow(SHOP);
    assertEquals(CabinetStatus.TOKEN_REJECTED, world.cabinets.find(SHOP).orElseThrow().status());
    world.chat.clear();
  }

  private void holds() {
    world.wb.holds(
        SHOP,
        new CabinetData(
            orders, sales, List.of(), List.of(), List.of(), List.of(card(101, "Платье", null))));
  }

  /** Three days dead: WB gathers orders and sales, one of them already stale when seen. */
  private void deadForThreeDays() {
    orders.add(order("D1").date("2026-11-18T11:00:00").build());
    orders.add(order("D2").date("2026-11-19T12:00:00").build());
    orders.add(order("D3").date("2026-11-20T13:00:00").cancelled("2026-11-20T15:00:00").build());
    orders.add(order("STALE").date("2026-11-10T09:00:00").changed("2026-11-19T09:00:00").build());
    sales.add(sale("S1").date("2026-11-19T18:00:00").build());
    holds();
    world.clock.set(moscow("2026-11-21T09:00:00"));
    world.wb.acceptToken(SHOP);
  }

  private long summaries(long chatId) {
    return world.chat.to(chatId).stream()
        .filter(s -> s.kind().equals("send") && s.text().contains("Пока он не работал"))
        .count();
  }

  @Test
  @DisplayName(
      "the new token's first pass resumes from the cursors, stores what happened, sends no notification but one summary to every member")
  void oneSummaryInsteadOfAFlood() {
    deadForThreeDays();
    List<Instant> cursorBefore = world.wb.dateFroms(SyncStream.ORDERS);
    Instant lastAsked = cursorBefore.get(cursorBefore.size() - 1);
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(200))));
    assertEquals(CabinetStatus.READY, world.cabinets.find(SHOP).orElseThrow().status());

    world.sync.syncNow(SHOP);
    world.dispatch.dispatch();

    List<Instant> asked = world.wb.dateFroms(SyncStream.ORDERS);
    assertTrue(
        !asked.get(cursorBefore.size()).isBefore(lastAsked),
        "resumed from the stored cursor, not from the start of a window");
    assertEquals(5, world.orders.stored(SHOP).size(), "every row stored, the stale one too");
    assertEquals(0, world.chat.notifications().size(), "no flood");
    assertEquals(1, summaries(1001));
    assertEquals(1, summaries(1002));
    String summary = world.chat.last(1002).text();
    assertTrue(summary.contains("с 18.11.2026 10:00 МСК по 21.11.2026 09:00 МСК"), summary);
    assertTrue(summary.contains("3 новых заказа, 1 отмена, 1 выкуп."), summary);
  }

  @Test
  @DisplayName("the summary is sent once; what comes after it is told one by one, as usual")
  void onceAndThenAsUsual() {
    deadForThreeDays();
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(200))));
    world.sync.syncNow(SHOP);
    world.clock.advance(Duration.ofMinutes(10));
    orders.add(order("AFTER").date("2026-11-21T09:05:00").build());
    holds();
    world.sync.syncNow(SHOP);
    world.dispatch.dispatch();

    assertEquals(1, summaries(1001), "once");
    assertEquals(1, world.chat.to(1001).stream().filter(s -> s.notification() != null).count());
    assertTrue(world.chat.notifications().get(0).text().contains("Новый заказ"));
  }

  @Test
  @DisplayName(
      "a new token refused at its first pass is announced, and the catch-up waits for the next")
  void refusedAgain() {
    deadForThreeDays();
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(200))));
    world.wb.rejectToken(SHOP);
    world.sync.syncNow(SHOP);
    assertEquals(0, summaries(1001));
    assertEquals(
        1,
        world.chat.to(1001).stream()
            .filter(s -> s.text() != null && s.text().contains("перестал принимать"))
            .count());

    world.wb.acceptToken(SHOP);
    world.text(1002, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(201))));
    world.sync.syncNow(SHOP);
    world.dispatch.dispatch();
    assertEquals(1, summaries(1001));
    assertTrue(
        world.chat.last(1001).text().contains("с 18.11.2026 10:00 МСК"), "from the first death");
    assertEquals(0, world.chat.notifications().size());
  }
}
