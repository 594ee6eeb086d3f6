package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.EventFigures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A dispatched notification carries the shop's figures, asked once per event. */
class DispatchFiguresTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private final InMemoryWorld world =
      new InMemoryWorld(NOW, DetectionPolicy.defaults(), DispatchPolicy.defaults());

  @BeforeEach
  void twoSellersOfOneShop() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.wb.holds(SHOP, CabinetData.empty());
    for (long seller : new long[] {1001, 1002}) {
      world.text(seller, "/start");
      world.text(seller, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    }
    world.sync.syncNow(SHOP);
    world.chat.clear();
  }

  private void newOrder(String srid) {
    world.clock.advance(Duration.ofMinutes(5));
    world.wb.holds(
        SHOP,
        new CabinetData(
            List.of(order(srid).date("2026-11-18T09:01:00").changed("2026-11-18T09:02:00").build()),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
    world.sync.syncNow(SHOP);
    world.clock.advance(Duration.ofSeconds(3));
  }

  @Test
  @DisplayName("every seller told of an order reads its figures, computed once for all of them")
  void figuresInTheMessage() {
    world.figures.forEvent(
        "A",
        new EventFigures(
            new CountAndSum(3, new BigDecimal("4500")),
            7,
            new BigDecimal("3.5"),
            new BigDecimal("80")));
    newOrder("A");
    assertEquals(2, world.dispatch.dispatch().sent());
    assertEquals(2, world.chat.notifications().size());
    for (var said : world.chat.notifications()) {
      String html = said.notification().message().html();
      assertTrue(html.contains("📊 Сегодня: 3 заказа на 4 500 ₽"), html);
      assertTrue(html.contains("📦 Остаток размера: 7 шт., хватит на ~3 дня"), html);
      assertTrue(html.contains("🔄 Выкуп за 30 дней: 80%"), html);
    }
    assertEquals(List.of("A"), world.figures.asked(), "one event, one question");
  }

  @Test
  @DisplayName("figures that cannot be computed do not hold the news back")
  void withoutFigures() {
    world.figures.failing(true);
    newOrder("B");
    assertEquals(2, world.dispatch.dispatch().sent());
    String html = world.chat.notifications().get(0).notification().message().html();
    assertTrue(html.startsWith("🛒 <b>Новый заказ</b>"), html);
    assertFalse(html.contains("Сегодня"), html);
  }
}
