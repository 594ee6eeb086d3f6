package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.onboarding.ButtonActions;
import com.wbassist.domain.summary.DailySummarySettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DailySummaryMenuTest {
  private static final Instant NOW = moscow("2026-11-18T12:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000025");
  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @BeforeEach
  void readySeller() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    world.sync.syncNow(SHOP);
  }

  private DailySummarySettings summary() {
    return world.sellers.find(1001).orElseThrow().settings().dailySummary();
  }

  @Test
  @DisplayName("on at 09:00 МСК by default, shown so under the settings")
  void defaults() {
    assertEquals(DailySummarySettings.DEFAULT, summary());
    world.text(1001, "/settings");
    String keyboard = world.chat.last(1001).message().keyboard().toString();
    assertTrue(keyboard.contains("📊 Итоги дня: 09:00 МСК"), keyboard);
  }

  @Test
  @DisplayName(
      "«Итоги дня» opens its settings; a time press chooses it, the switch turns it off and on")
  void chooseAndSwitch() {
    world.text(1001, "/settings");
    long screen = world.chat.last(1001).messageId();
    world.press(1001, screen, ButtonActions.DAILY_SUMMARY);
    assertEquals("edit", world.chat.last(1001).kind());
    assertTrue(world.chat.last(1001).text().contains("каждый день в 09:00 МСК"));

    world.press(1001, screen, ButtonActions.dailySummaryAt(LocalTime.of(7, 0)));
    assertEquals(new DailySummarySettings(true, LocalTime.of(7, 0)), summary());
    assertTrue(world.chat.last(1001).text().contains("каждый день в 07:00 МСК"));
    assertTrue(
        world.chat.log().stream()
            .anyMatch(s -> s.kind().equals("answer") && s.text().equals("Итоги дня: 07:00 МСК")));

    world.press(1001, screen, ButtonActions.DAILY_SUMMARY_TOGGLE);
    assertFalse(summary().on());
    assertEquals(LocalTime.of(7, 0), summary().at(), "the time is kept for when it is back on");
    assertTrue(world.chat.last(1001).text().contains("Сейчас выключены"));
    world.press(1001, screen, ButtonActions.DAILY_SUMMARY_TOGGLE);
    assertTrue(summary().on());
    assertTrue(
        world.sellers.find(1001).orElseThrow().settings().enabled(),
        "the other notifications untouched");
  }

  @Test
  @DisplayName("a time button that does not read as a time changes nothing")
  void unknownTime() {
    world.text(1001, "/settings");
    world.press(1001, world.chat.last(1001).messageId(), "sum:at:25:99");
    assertEquals(DailySummarySettings.DEFAULT, summary());
  }
}
