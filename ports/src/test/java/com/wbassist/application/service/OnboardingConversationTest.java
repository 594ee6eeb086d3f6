package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.port.in.BotBlocked;
import com.wbassist.application.port.in.SyncReport;
import com.wbassist.application.port.in.TextReceived;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.token.TokenCategory;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OnboardingConversationTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private final InMemoryWorld world = new InMemoryWorld(NOW);
  private final String token = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180)));

  {
    world.wb.account(SHOP, "ИП Тестов", "Лето");
  }

  private Seller seller(long id) {
    return world.sellers.find(id).orElseThrow();
  }

  @Test
  @DisplayName("/start: NEW → AWAITING_TOKEN with the welcome and how to get a token")
  void start() {
    world.text(1001, "/start");
    assertEquals(OnboardingState.AWAITING_TOKEN, seller(1001).state());
    assertTrue(world.chat.last(1001).text().contains("токен WB API"));
  }

  @Test
  @DisplayName(
      "a valid token of a new cabinet: SYNCING, the token message deleted, the primary sync asked for")
  void newCabinet() {
    world.text(1001, "/start");
    world.text(1001, token);
    Seller anna = seller(1001);
    assertEquals(OnboardingState.SYNCING, anna.state());
    assertEquals(SHOP, anna.cabinet());
    assertTrue(
        world.chat.log().stream().anyMatch(s -> s.kind().equals("delete") && s.chatId() == 1001),
        "token message deleted");
    assertEquals(java.util.List.of(SHOP), world.syncRequests.requested());
    assertEquals(CabinetStatus.SYNCING, world.cabinets.find(SHOP).orElseThrow().status());
    assertEquals("Лето", world.cabinets.find(SHOP).orElseThrow().shopName());
    assertTrue(
        world.chat.log().stream().noneMatch(s -> s.text() != null && s.text().contains(token)),
        "never echoes the token");
    assertTrue(anna.progressMessageId() != null, "one message will show the progress");
  }

  @Test
  @DisplayName(
      "a primary sync that ends at once, before the bot's answer went out, still makes the seller READY and tells them")
  void instantPrimarySync() {
    connectAnEmptyShopWhoseSyncRunsAtOnce(() -> {});
    assertEquals(OnboardingState.READY, seller(1001).state());
    assertEquals(1, finishedMessagesTo(1001));
  }

  /** Anna connects a shop with nothing in it; the sync asked for runs at once. */
  private void connectAnEmptyShopWhoseSyncRunsAtOnce(Runnable whenTheCabinetIsStored) {
    world.wb.holds(SHOP, com.wbassist.application.fakes.InMemoryWb.CabinetData.empty());
    world.syncRequests.runAtOnce(world.sync::syncNow);
    world.cabinets.afterNextStore(whenTheCabinetIsStored);
    world.text(1001, "/start");
    world.text(1001, token);
  }

  private long finishedMessagesTo(long chat) {
    return world.chat.to(chat).stream()
        .filter(s -> s.text() != null && s.text().contains("Готово"))
        .count();
  }

  @Test
  @DisplayName(
      "the schedule reaching a new cabinet the moment it is stored starts nothing before the seller waits: «Готово» still comes")
  void scheduleAtTheMomentOfConnecting() {
    java.util.List<SyncReport> meanwhile = new java.util.ArrayList<>();
    connectAnEmptyShopWhoseSyncRunsAtOnce(() -> meanwhile.addAll(world.sync.syncDue()));
    assertEquals(OnboardingState.READY, seller(1001).state());
    assertEquals(1, finishedMessagesTo(1001));
    assertEquals(java.util.List.of(), meanwhile, "the timer found the new cabinet held");
  }

  @Test
  @DisplayName(
      "a seller whose onboarding died holding the new cabinet: its first sync starts once the hold ran out")
  void holdRunsOut() {
    world.wb.holds(SHOP, com.wbassist.application.fakes.InMemoryWb.CabinetData.empty());
    Cabinet cabinet =
        Cabinet.connect(SHOP, "Лето", new ApiToken(token), NOW.plusSeconds(3600), NOW);
    world.cabinets.connect(cabinet, NOW, TokenOnboarding.HOLD);
    assertEquals(java.util.List.of(), world.sync.syncDue(), "held");
    world.clock.advance(TokenOnboarding.HOLD);
    assertEquals(1, world.sync.syncDue().size(), "due once the hold ran out");
  }

  @Test
  @DisplayName("while SYNCING every command answers with the progress instead of the menu")
  void syncingAnswersProgress() {
    world.text(1001, "/start");
    world.text(1001, token);
    world.text(1001, "/menu");
    assertTrue(
        world.chat.last(1001).text().contains("Загрузка истории: 0%"),
        world.chat.last(1001).text());
  }

  @Test
  @DisplayName(
      "the primary sync finishing makes the seller READY with one 'sync finished' message and the menu")
  void primaryFinishes() {
    world.text(1001, "/start");
    world.text(1001, token);
    world.sync.syncNow(SHOP);
    assertEquals(OnboardingState.READY, seller(1001).state());
    var finished =
        world.chat.to(1001).stream()
            .filter(s -> s.text() != null && s.text().contains("Готово"))
            .toList();
    assertEquals(1, finished.size());
    assertFalse(finished.get(0).message().keyboard().isEmpty());
  }

  @Test
  @DisplayName(
      "a second seller joining a ready cabinet is READY at once, with no second primary sync")
  void joinReady() {
    world.text(1001, "/start");
    world.text(1001, token);
    world.sync.syncNow(SHOP);
    world.text(1002, "/start");
    world.text(1002, token);
    assertEquals(OnboardingState.READY, seller(1002).state());
    assertEquals(1, world.syncRequests.requested().size());
    assertEquals(1, world.runs.runs().size());
  }

  @Test
  @DisplayName(
      "a second seller joining a cabinet still syncing waits beside the first and both become READY")
  void joinSyncing() {
    world.text(1001, "/start");
    world.text(1001, token);
    world.text(1002, "/start");
    world.text(1002, token);
    assertEquals(OnboardingState.SYNCING, seller(1002).state());
    world.sync.syncNow(SHOP);
    assertEquals(OnboardingState.READY, seller(1001).state());
    assertEquals(OnboardingState.READY, seller(1002).state());
    assertEquals(1, world.syncRequests.requested().size());
  }

  @Test
  @DisplayName("refused tokens keep the seller AWAITING_TOKEN and say why in plain words")
  void refusedTokens() {
    world.text(1001, "/start");
    world.text(1001, "eyJhbGciOi.bm9wZQ.c2ln");
    assertEquals(OnboardingState.AWAITING_TOKEN, seller(1001).state());
    assertTrue(world.chat.last(1001).text().contains("не похоже на токен"));

    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.minusSeconds(1)));
    assertTrue(world.chat.last(1001).text().contains("истёк"));

    world.text(
        1001,
        FakeTokens.token(
            SHOP.sid(), NOW.plus(Duration.ofDays(30)), TokenCategory.STATISTICS.mask(), 3, false));
    assertTrue(world.chat.last(1001).text().contains("Не хватает"), world.chat.last(1001).text());

    world.wb.rejectToken(SHOP);
    world.text(1001, token);
    assertTrue(world.chat.last(1001).text().contains("WB не принял"));

    world.wb.acceptToken(SHOP);
    world.wb.unavailableForVerify(true);
    world.text(1001, token);
    assertTrue(world.chat.last(1001).text().contains("не отвечает"));
    assertEquals(OnboardingState.AWAITING_TOKEN, seller(1001).state());
    assertTrue(world.cabinets.all().isEmpty());
  }

  @Test
  @DisplayName(
      "a new token of the same account replaces the old one and resumes a cabinet WB had refused")
  void tokenReplaced() {
    world.text(1001, "/start");
    world.text(1001, token);
    world.sync.syncNow(SHOP);
    world.wb.rejectToken(SHOP);
    world.sync.syncNow(SHOP);
    assertEquals(CabinetStatus.TOKEN_REJECTED, world.cabinets.find(SHOP).orElseThrow().status());
    assertTrue(world.chat.last(1001).text().contains("перестал принимать токен"));

    world.wb.acceptToken(SHOP);
    String renewed = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(179)));
    world.text(1001, renewed);
    var cabinet = world.cabinets.find(SHOP).orElseThrow();
    assertEquals(CabinetStatus.READY, cabinet.status());
    assertEquals(renewed, cabinet.token().reveal());
    assertEquals(OnboardingState.READY, seller(1001).state());
  }

  @Test
  @DisplayName("/start in any state shows where the seller is")
  void startAnywhere() {
    world.text(1001, "/start");
    world.text(1001, token);
    world.text(1001, "/start");
    assertTrue(world.chat.last(1001).text().contains("Загрузка истории"));
    world.sync.syncNow(SHOP);
    world.text(1001, "/start");
    assertTrue(world.chat.last(1001).text().contains("Главное меню"));
  }

  @Test
  @DisplayName("an update id handled once is ignored when Telegram sends it again")
  void duplicateUpdate() {
    world.conversation.handle(new TextReceived(7, 1001, 1001, 1, "/start", "Анна"));
    world.conversation.handle(new TextReceived(7, 1001, 1001, 1, "/start", "Анна"));
    assertEquals(1, world.chat.to(1001).size());
  }

  @Test
  @DisplayName("blocking the bot marks the seller inactive; writing again makes them reachable")
  void blockAndReturn() {
    world.text(1001, "/start");
    world.conversation.handle(new BotBlocked(900, 1001, true));
    assertFalse(seller(1001).active());
    world.text(1001, "/help");
    assertTrue(seller(1001).active());
  }
}
