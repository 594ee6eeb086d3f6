package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.OnboardingState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A person who sends more than five tokens in ten minutes is asked to wait; WB is not asked. */
class TokenAttemptsConversationTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private static final long ANNA = 1001;
  private static final long BORIS = 1002;
  private final InMemoryWorld world = new InMemoryWorld(NOW);
  private final String token = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180)));

  {
    world.wb.account(SHOP, "ИП Тестов", "Лето");
    world.wb.rejectToken(SHOP);
  }

  /** Five tokens WB refuses, a minute apart. */
  private void fiveRefusedTokens(long telegramId) {
    for (int i = 0; i < 5; i++) {
      world.text(telegramId, token);
      assertTrue(world.chat.last(telegramId).text().contains("WB не принял"), "attempt " + i);
      world.clock.advance(Duration.ofMinutes(1));
    }
  }

  @Test
  @DisplayName(
      "the sixth token in ten minutes is answered with the minutes to wait, and WB is not asked")
  void sixthWaits() {
    fiveRefusedTokens(ANNA);
    world.wb.acceptToken(SHOP);
    world.text(ANNA, token);
    String reply = world.chat.last(ANNA).text();
    assertTrue(reply.contains("через 5 минут"), reply);
    assertTrue(world.cabinets.all().isEmpty(), "a token WB accepts now was not even checked");
    assertEquals(OnboardingState.AWAITING_TOKEN, world.sellers.find(ANNA).orElseThrow().state());
    assertTrue(
        world.chat.log().stream().anyMatch(s -> s.kind().equals("delete") && s.chatId() == ANNA),
        "the token message is deleted all the same");
  }

  @Test
  @DisplayName("after the wait the token is checked and accepted")
  void afterTheWait() {
    fiveRefusedTokens(ANNA);
    world.wb.acceptToken(SHOP);
    world.text(ANNA, token);
    world.clock.advance(Duration.ofMinutes(5));
    world.text(ANNA, token);
    assertEquals(OnboardingState.SYNCING, world.sellers.find(ANNA).orElseThrow().state());
    assertEquals(SHOP, world.sellers.find(ANNA).orElseThrow().cabinet());
  }

  @Test
  @DisplayName("only token-shaped messages count: /start and other words never make anyone wait")
  void onlyTokensCount() {
    for (int i = 0; i < 20; i++) {
      world.text(ANNA, i % 2 == 0 ? "/start" : "привет");
    }
    world.wb.acceptToken(SHOP);
    world.text(ANNA, token);
    assertEquals(OnboardingState.SYNCING, world.sellers.find(ANNA).orElseThrow().state());
  }

  @Test
  @DisplayName("one person waiting does not hold up another")
  void perPerson() {
    fiveRefusedTokens(ANNA);
    world.wb.acceptToken(SHOP);
    world.text(ANNA, token);
    assertFalse(world.chat.last(ANNA).text().contains("Токен принят"));
    world.text(BORIS, token);
    assertTrue(world.chat.last(BORIS).text().contains("Токен принят"));
  }
}
