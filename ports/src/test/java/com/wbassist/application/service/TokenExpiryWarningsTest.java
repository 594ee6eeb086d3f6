package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.fakes.RecordingSellerChat.Said;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Warnings 7 days and 1 day before the token's exp: once per token and level, to every member. */
class TokenExpiryWarningsTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private static final Instant EXP = NOW.plus(Duration.ofDays(8));
  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @BeforeEach
  void twoMembers() {
    world.wb.account(SHOP, "ИП Тестов", "Лето");
    world.wb.holds(SHOP, CabinetData.empty());
    String token = FakeTokens.personal(SHOP.sid(), EXP);
    for (long id : new long[] {1001, 1002}) {
      world.text(id, "/start");
      world.text(id, token);
    }
    world.sync.syncNow(SHOP);
    world.chat.clear();
  }

  private List<Said> warningsTo(long chatId) {
    return world.chat.to(chatId).stream()
        .filter(s -> s.kind().equals("send") && s.text().contains("перестанет работать"))
        .toList();
  }

  private void passAt(Instant at) {
    world.clock.set(at);
    world.sync.syncNow(SHOP);
  }

  @Test
  @DisplayName("a second before the last week nothing is said; at 7 days every member is told once")
  void weekBefore() {
    passAt(EXP.minus(Duration.ofDays(7)).minusSeconds(1));
    assertEquals(0, warningsTo(1001).size());
    passAt(EXP.minus(Duration.ofDays(7)));
    assertEquals(1, warningsTo(1001).size());
    assertEquals(1, warningsTo(1002).size());
    assertTrue(warningsTo(1001).get(0).text().contains("через неделю"));
    passAt(EXP.minus(Duration.ofDays(7)).plusSeconds(1));
    passAt(EXP.minus(Duration.ofDays(2)));
    assertEquals(1, warningsTo(1001).size(), "the week's warning is given once");
  }

  @Test
  @DisplayName("the day's warning comes once at exactly a day before, after the week's")
  void dayBefore() {
    passAt(EXP.minus(Duration.ofDays(6)));
    passAt(EXP.minus(Duration.ofDays(1)).minusSeconds(1));
    assertEquals(1, warningsTo(1001).size());
    passAt(EXP.minus(Duration.ofDays(1)));
    assertEquals(2, warningsTo(1001).size());
    assertTrue(warningsTo(1001).get(1).text().contains("меньше чем через сутки"));
    passAt(EXP.minusSeconds(1));
    assertEquals(2, warningsTo(1001).size(), "the day's warning is given once");
  }

  @Test
  @DisplayName("a cabinet first looked at inside the last day gets the day's warning only")
  void lateFirstLook() {
    passAt(EXP.minus(Duration.ofHours(5)));
    assertEquals(1, warningsTo(1001).size());
    assertTrue(warningsTo(1001).get(0).text().contains("меньше чем через сутки"));
    passAt(EXP.minus(Duration.ofHours(4)));
    assertEquals(1, warningsTo(1001).size());
  }

  @Test
  @DisplayName("a new token resets the warnings: its own week is told again")
  void newTokenResets() {
    passAt(EXP.minus(Duration.ofDays(7)));
    assertEquals(1, warningsTo(1001).size());
    Instant newExp = EXP.plus(Duration.ofDays(30));
    world.text(1002, FakeTokens.personal(SHOP.sid(), newExp));
    passAt(EXP.minus(Duration.ofDays(6)));
    assertEquals(1, warningsTo(1001).size(), "the new token is far from its expiry");
    passAt(newExp.minus(Duration.ofDays(7)));
    assertEquals(2, warningsTo(1001).size());
  }

  @Test
  @DisplayName("after exp nothing is warned: WB's refusal speaks then")
  void afterExpiry() {
    passAt(EXP.plusSeconds(1));
    assertEquals(0, warningsTo(1001).size());
  }
}
