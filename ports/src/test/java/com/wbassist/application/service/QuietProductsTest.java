package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.size;
import static com.wbassist.domain.testdata.MarketRows.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.fakes.RecordingSellerChat.Said;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.chat.Button;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.market.StockLevel;
import com.wbassist.domain.onboarding.ButtonActions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Quiet products: a button under a running-out notification, and the settings that bring back. */
class QuietProductsTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private static final long DRESS = 301;
  private static final long SKIRT = 302;
  private static final List<ProductCard> CARDS =
      List.of(
          card(DRESS, "Платье летнее", null, size(11, "42")),
          card(SKIRT, "Юбка", null, size(21, "44")));

  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @BeforeEach
  void twoReadySellersWithStock() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.wb.holds(
        SHOP, stocks(stock(DRESS, 11, 1, "Коледино", 10), stock(SKIRT, 21, 1, "Коледино", 10)));
    String token = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180)));
    for (long id : new long[] {1001, 1002}) {
      world.text(id, "/start");
      world.text(id, token);
    }
    world.sync.syncNow(SHOP);
    world.chat.clear();
  }

  private static CabinetData stocks(StockLevel... levels) {
    return new CabinetData(List.of(), List.of(), List.of(levels), List.of(), List.of(), CARDS);
  }

  private void runsOut(long nmId, long chrtId, int left) {
    world.clock.advance(Duration.ofMinutes(10));
    long other = nmId == DRESS ? SKIRT : DRESS;
    long otherChrt = nmId == DRESS ? 21 : 11;
    world.wb.holds(
        SHOP,
        stocks(
            stock(nmId, chrtId, 1, "Коледино", left), stock(other, otherChrt, 1, "Коледино", 10)));
    world.sync.syncNow(SHOP);
    world.dispatch.dispatch();
  }

  private void refills() {
    world.clock.advance(Duration.ofMinutes(10));
    world.wb.holds(
        SHOP, stocks(stock(DRESS, 11, 1, "Коледино", 10), stock(SKIRT, 21, 1, "Коледино", 10)));
    world.sync.syncNow(SHOP);
  }

  private static Button quietButton(Said notification) {
    return notification.notification().message().keyboard().rows().stream()
        .flatMap(List::stream)
        .filter(b -> b.callbackData() != null)
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName(
      "a running-out notification carries «🔕 Не сообщать об остатках», whose data names the product, not a seller")
  void buttonUnderCriticalStock() {
    runsOut(DRESS, 11, 1);
    Said told = world.chat.notifications().get(0);
    Button quiet = quietButton(told);
    assertEquals("🔕 Не сообщать об остатках", quiet.text());
    assertEquals(ButtonActions.quiet(DRESS), quiet.callbackData());
    assertFalse(quiet.callbackData().contains("1001"));
    assertTrue(quiet.callbackData().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64);
  }

  @Test
  @DisplayName(
      "pressing it silences that product's stock for the presser only: answered, the message kept, the next episode told to the other seller alone")
  void silencesForThePresserOnly() {
    runsOut(DRESS, 11, 1);
    Said told =
        world.chat.to(1001).stream()
            .filter(s -> s.notification() != null)
            .findFirst()
            .orElseThrow();
    world.chat.clear();

    world.press(1001, told.messageId(), ButtonActions.quiet(DRESS));

    assertTrue(world.sellers.find(1001).orElseThrow().settings().isQuiet(DRESS));
    assertFalse(world.sellers.find(1002).orElseThrow().settings().isQuiet(DRESS));
    assertEquals(1, world.chat.log().size(), "a toast, no edit of the notification");
    assertEquals("answer", world.chat.log().get(0).kind());
    assertTrue(world.chat.log().get(0).text().contains("Больше не сообщаю"));

    refills();
    runsOut(DRESS, 11, 0);
    assertEquals(0, world.chat.to(1001).stream().filter(s -> s.notification() != null).count());
    assertEquals(1, world.chat.to(1002).stream().filter(s -> s.notification() != null).count());

    world.chat.clear();
    refills();
    runsOut(SKIRT, 21, 1);
    assertEquals(
        1,
        world.chat.to(1001).stream().filter(s -> s.notification() != null).count(),
        "another product is still told");
  }

  @Test
  @DisplayName(
      "settings show «Тихие товары: N»; the list names each product from its card and «🔔 Вернуть» brings it back")
  void settingsListAndBringBack() {
    runsOut(DRESS, 11, 1);
    Said told =
        world.chat.to(1001).stream()
            .filter(s -> s.notification() != null)
            .findFirst()
            .orElseThrow();
    world.press(1001, told.messageId(), ButtonActions.quiet(DRESS));

    world.text(1001, "/settings");
    Said settings = world.chat.last(1001);
    assertTrue(
        settings.message().keyboard().rows().stream()
            .flatMap(List::stream)
            .anyMatch(b -> b.text().equals("🔕 Тихие товары: 1")));

    world.press(1001, settings.messageId(), ButtonActions.QUIET_LIST);
    Said list = world.chat.last(1001);
    assertEquals("edit", list.kind());
    assertTrue(list.text().contains("Платье летнее, ART-301"), list.text());
    assertTrue(list.text().contains("301"));

    world.press(1001, settings.messageId(), ButtonActions.loud(DRESS));
    assertFalse(world.sellers.find(1001).orElseThrow().settings().isQuiet(DRESS));
    assertTrue(world.chat.last(1001).text().contains("Сейчас таких нет"));

    world.chat.clear();
    refills();
    runsOut(DRESS, 11, 0);
    assertEquals(1, world.chat.to(1001).stream().filter(s -> s.notification() != null).count());
  }

  @Test
  @DisplayName("a forged or foreign button changes nothing")
  void forgedData() {
    world.press(1001, 1, "quiet:abc");
    world.press(1001, 1, "loud:-5");
    assertTrue(world.sellers.find(1001).orElseThrow().settings().quietProducts().isEmpty());
  }
}
