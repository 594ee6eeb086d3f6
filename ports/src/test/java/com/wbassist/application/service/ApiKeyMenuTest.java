package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.onboarding.ButtonActions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The owner's «🔗 API-ключи» menu in the bot (decision 0625). */
class ApiKeyMenuTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-00000000000a");
  private static final Pattern KEY = Pattern.compile("wba_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}");
  private static final long OWNER = 1001;
  private static final long MANAGER = 2002;

  private final InMemoryWorld world = new InMemoryWorld(NOW);
  private final String token = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180)));

  {
    world.wb.account(SHOP, "ИП Тестов", "Лето");
    world.wb.holds(SHOP, InMemoryWb.CabinetData.empty());
    world.syncRequests.runAtOnce(world.sync::syncNow);
    world.text(OWNER, "/start");
    world.text(OWNER, token);
    // The manager joins by pasting the same token: a member, not the owner.
    world.clock.advance(Duration.ofMinutes(1));
    world.text(MANAGER, "/start");
    world.text(MANAGER, token);
  }

  @Test
  @DisplayName("the owner makes a key: shown once in a message of its own, listed by its id only")
  void ownerMakesAKey() {
    world.text(OWNER, "/api");
    assertTrue(world.chat.last(OWNER).text().contains("Ключей пока нет"));
    world.press(OWNER, 1, ButtonActions.NEW_API_KEY);
    Matcher key =
        KEY.matcher(
            world.chat.to(OWNER).stream()
                .map(s -> s.text() == null ? "" : s.text())
                .reduce("", String::concat));
    assertTrue(key.find(), "the key is shown");
    List<SellerApiKey> keys = world.apiKeys.of(SHOP);
    assertEquals(1, keys.size());
    String id = keys.get(0).id();
    world.text(OWNER, "/api");
    String menu = world.chat.last(OWNER).text();
    assertTrue(menu.contains(id), menu);
    assertFalse(menu.contains(key.group()), "the list never shows the key again");
  }

  @Test
  @DisplayName("a member who is not the owner is told only the owner manages keys, and gets none")
  void memberCannot() {
    world.text(MANAGER, "/api");
    assertTrue(world.chat.last(MANAGER).text().contains("только владелец"));
    world.press(MANAGER, 1, ButtonActions.NEW_API_KEY);
    assertTrue(world.apiKeys.of(SHOP).isEmpty());
  }

  @Test
  @DisplayName(
      "the owner revokes a key from the menu; a member's press of the same button does nothing")
  void revoke() {
    world.press(OWNER, 1, ButtonActions.NEW_API_KEY);
    String id = world.apiKeys.of(SHOP).get(0).id();
    world.press(MANAGER, 1, ButtonActions.revokeApiKey(id));
    assertTrue(world.apiKeys.of(SHOP).get(0).isActive());
    world.press(OWNER, 1, ButtonActions.revokeApiKey(id));
    assertFalse(world.apiKeys.of(SHOP).get(0).isActive());
  }
}
