package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
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
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A Base token: WB gives it orders once in 3 hours, sales once in 2 hours, reviews 5 times an hour
 * one at a time, and no stocks report. The cabinet's passes keep to that, whatever the sync
 * interval, and each allowed request still moves the stream forward.
 */
class BaseTokenLimitsTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-00000000bace");
  private final InMemoryWorld world =
      new InMemoryWorld(NOW, DetectionPolicy.defaults(), DispatchPolicy.defaults());

  private void baseTokenCabinet(List<Order> orders) {
    world.wb.account(SHOP, "ИП Базовый", "");
    world.wb.holds(
        SHOP, new CabinetData(orders, List.of(), List.of(), List.of(), List.of(), List.of()));
    world.text(1001, "/start");
    world.text(
        1001,
        FakeTokens.token(
            SHOP.sid(), NOW.plus(Duration.ofDays(180)), FakeTokens.ALL_NEEDED, 1, false));
  }

  @Test
  @DisplayName(
      "over six hours of passes every three minutes a Base token asks orders twice, sales three times, reviews at most once in 12 minutes, stocks never")
  void keepsWbsLimits() {
    baseTokenCabinet(List.of());
    List<Instant> feedbackRequests = new ArrayList<>();
    int feedbackCalls = 0;
    for (int pass = 0; pass < 120; pass++) {
      world.sync.syncNow(SHOP);
      if (world.wb.calls(SyncStream.FEEDBACKS) > feedbackCalls) {
        feedbackCalls = world.wb.calls(SyncStream.FEEDBACKS);
        feedbackRequests.add(world.clock.instant());
      }
      world.clock.advance(Duration.ofMinutes(3));
    }
    assertEquals(2, world.wb.calls(SyncStream.ORDERS), "at 0 h and 3 h");
    assertEquals(3, world.wb.calls(SyncStream.SALES), "at 0 h, 2 h and 4 h");
    assertEquals(0, world.wb.calls(SyncStream.STOCKS), "WB does not give Base tokens stocks");
    assertEquals(
        feedbackRequests.size(), world.wb.calls(SyncStream.FEEDBACKS), "one a pass at most");
    for (int i = 1; i < feedbackRequests.size(); i++) {
      assertTrue(
          !feedbackRequests
              .get(i)
              .isBefore(feedbackRequests.get(i - 1).plus(Duration.ofMinutes(12))),
          "reviews asked 12 minutes apart at least");
    }
    assertEquals(30, feedbackRequests.size(), "every 12 minutes for six hours");
  }

  @Test
  @DisplayName(
      "a first sync allowed one request at a time still moves forward, page by page, and is ready once the orders are read to the end")
  void firstSyncMovesForward() {
    world.syncPolicy = world.syncPolicy.withStatisticsPageLimit(3);
    world.wb.pageLimit(3);
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String at = MoscowTime.toLocal(NOW.minus(Duration.ofDays(10 - i))).toString();
      orders.add(order("H" + i).date(at).changed(at).build());
    }
    baseTokenCabinet(orders);
    world.sync.syncNow(SHOP);
    assertEquals(1, world.wb.calls(SyncStream.ORDERS));
    assertEquals(3, world.orders.stored(SHOP).size(), "the first page");
    assertTrue(world.cabinets.find(SHOP).orElseThrow().needsPrimarySync(), "more to read");

    world.clock.advance(Duration.ofMinutes(3));
    world.sync.syncNow(SHOP);
    assertEquals(1, world.wb.calls(SyncStream.ORDERS), "no turn before three hours");
    assertTrue(world.cabinets.find(SHOP).orElseThrow().needsPrimarySync(), "still behind");

    world.clock.advance(Duration.ofHours(3));
    world.sync.syncNow(SHOP);
    assertEquals(5, world.orders.stored(SHOP).size(), "the second page, from the cursor on");
    assertTrue(
        world.cabinets.find(SHOP).orElseThrow().needsPrimarySync(),
        "a full page again: WB may hold more");

    world.clock.advance(Duration.ofHours(3));
    world.sync.syncNow(SHOP);
    assertEquals(3, world.wb.calls(SyncStream.ORDERS), "one request a turn, each a new page");
    assertEquals(5, world.orders.stored(SHOP).size(), "every order stored");
    assertTrue(world.cabinets.find(SHOP).orElseThrow().isReady(), "first sync finished");
  }
}
