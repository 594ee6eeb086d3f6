package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.token.TokenCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A 401 from one WB host because the token lacks its category stops that stream only, and says
 * which category to add; a new token with it resumes the stream.
 */
class MissingCategoryTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private static final Instant EXP = NOW.plus(Duration.ofDays(120));
  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @BeforeEach
  void readyCabinetWhoseTokenLostFeedbacks() {
    world.wb.account(SHOP, "ИП Тестов", "Лето");
    holds(List.of());
    String token = FakeTokens.personal(SHOP.sid(), EXP);
    for (long id : new long[] {1001, 1002}) {
      world.text(id, "/start");
      world.text(id, token);
    }
    world.sync.syncNow(SHOP);
    // A token from before reviews were asked for: stored as it was accepted then.
    String without =
        FakeTokens.token(
            SHOP.sid(), EXP, FakeTokens.ALL_NEEDED & ~TokenCategory.FEEDBACKS.mask(), 3, false);
    var cabinet = world.cabinets.find(SHOP).orElseThrow();
    world.cabinets.save(cabinet.withNewToken(new ApiToken(without), EXP, "Лето"));
    world.chat.clear();
  }

  private void holds(List<Order> orders) {
    holds(orders, List.of());
  }

  private void holds(List<Order> orders, List<com.wbassist.domain.market.Feedback> reviews) {
    world.wb.holds(
        SHOP,
        new CabinetData(
            orders, List.of(), List.of(), reviews, List.of(), List.of(card(101, "Платье", null))));
  }

  private long told(String words) {
    return world.chat.log().stream()
        .filter(s -> s.kind().equals("send") && s.text().contains(words))
        .count();
  }

  @Test
  @DisplayName(
      "the stream stops, the others go on, the cabinet is not paused, and every member is told once which category to add")
  void stopsOneStream() {
    world.clock.advance(Duration.ofMinutes(10));
    holds(List.of(order("A").date("2026-11-18T09:05:00").build()));
    var report = world.sync.syncNow(SHOP).orElseThrow();

    assertFalse(report.tokenRejected());
    assertEquals(CabinetStatus.READY, world.cabinets.find(SHOP).orElseThrow().status());
    assertEquals(1, report.events(), "the new order was detected");
    assertEquals(2, told("нет категории «Вопросы и отзывы»"), "each of the two members, once");

    int feedbackCalls = world.wb.calls(SyncStream.FEEDBACKS);
    world.clock.advance(Duration.ofMinutes(10));
    holds(
        List.of(
            order("A").date("2026-11-18T09:05:00").build(),
            order("B").date("2026-11-18T09:15:00").build()));
    var next = world.sync.syncNow(SHOP).orElseThrow();
    assertEquals(1, next.events());
    assertEquals(feedbackCalls, world.wb.calls(SyncStream.FEEDBACKS), "not asked again");
    assertEquals(2, told("нет категории"), "told once, not every pass");
  }

  @Test
  @DisplayName("a new token with the category resumes the stream")
  void newTokenResumes() {
    world.clock.advance(Duration.ofMinutes(10));
    world.sync.syncNow(SHOP);
    int feedbackCalls = world.wb.calls(SyncStream.FEEDBACKS);

    holds(List.of(), List.of(feedback("F1").stars(1).created("2026-11-18T09:15:00").build()));
    world.text(1002, FakeTokens.personal(SHOP.sid(), EXP.plus(Duration.ofDays(30))));
    world.clock.advance(Duration.ofMinutes(10));
    world.sync.syncNow(SHOP);

    assertTrue(world.wb.calls(SyncStream.FEEDBACKS) > feedbackCalls);
    world.dispatch.dispatch();
    assertTrue(
        world.chat.notifications().stream().anyMatch(s -> s.text().contains("отзыв")),
        "the review WB held meanwhile is told");
  }
}
