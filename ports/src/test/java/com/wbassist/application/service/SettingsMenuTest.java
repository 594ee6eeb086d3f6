package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.onboarding.ButtonActions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettingsMenuTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @BeforeEach
  void twoReadySellers() {
    world.wb.account(SHOP, "ИП Тестов", "");
    String token = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180)));
    for (long id : new long[] {1001, 1002}) {
      world.text(id, "/start");
      world.text(id, token);
    }
    world.sync.syncNow(SHOP);
  }

  @Test
  @DisplayName(
      "a toggle press is answered, switches the presser's own setting and updates the keyboard in place")
  void toggle() {
    world.text(1001, "/settings");
    long screen = world.chat.last(1001).messageId();
    world.press(1001, screen, ButtonActions.toggle(EventType.NEW_ORDER));
    assertFalse(world.sellers.find(1001).orElseThrow().settings().isOn(EventType.NEW_ORDER));
    assertTrue(
        world.sellers.find(1002).orElseThrow().settings().isOn(EventType.NEW_ORDER),
        "another seller's settings untouched");
    var edit = world.chat.last(1001);
    assertEquals("edit", edit.kind());
    assertEquals(screen, edit.messageId());
    assertTrue(
        world.chat.log().stream()
            .anyMatch(s -> s.kind().equals("answer") && s.text().equals("Заказы: выкл")));
  }

  @Test
  @DisplayName("the global switch turns everything off and on")
  void globalSwitch() {
    world.text(1001, "/settings");
    long screen = world.chat.last(1001).messageId();
    world.press(1001, screen, ButtonActions.TOGGLE_ALL);
    assertFalse(world.sellers.find(1001).orElseThrow().settings().enabled());
    world.press(1001, screen, ButtonActions.TOGGLE_ALL);
    assertTrue(world.sellers.find(1001).orElseThrow().settings().enabled());
  }

  @Test
  @DisplayName("menu buttons edit the message in place; /help and /menu answer")
  void menus() {
    world.text(1001, "/menu");
    long menu = world.chat.last(1001).messageId();
    world.press(1001, menu, ButtonActions.STATUS);
    assertTrue(world.chat.last(1001).text().contains("Последняя синхронизация"));
    world.press(1001, menu, ButtonActions.HELP);
    assertTrue(world.chat.last(1001).text().contains("/settings"));
    world.text(1001, "/help");
    assertEquals("send", world.chat.last(1001).kind());
  }

  @Test
  @DisplayName(
      "a button pressed by someone unknown or not ready changes nothing and is still answered")
  void strangers() {
    world.press(5555, 1, ButtonActions.toggle(EventType.NEW_ORDER));
    assertTrue(
        world.chat.log().stream()
            .anyMatch(s -> s.kind().equals("answer") && s.text().contains("/start")));
    assertTrue(world.sellers.find(5555).isEmpty());
  }
}
