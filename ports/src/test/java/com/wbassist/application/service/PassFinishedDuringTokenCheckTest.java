package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reverse of a token replaced during a pass: a pass that finishes between onboarding's read of
 * the cabinet and its write. Onboarding takes the token into the cabinet as stored at that moment,
 * so the first sync the pass recorded stands — the cabinet is not sent back to a first sync.
 */
class PassFinishedDuringTokenCheckTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @Test
  @DisplayName(
      "a first sync that finishes while a teammate's token is taken in stays finished, and the new token is kept")
  void firstSyncStands() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.wb.holds(SHOP, CabinetData.empty());
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    assertTrue(world.cabinets.find(SHOP).orElseThrow().needsPrimarySync());

    String newer = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(179)));
    world.text(1002, "/start");
    // Onboarding has checked the token with WB and read the cabinet; the pass ends just then.
    world.wb.beforeNextVerify(() -> world.cabinets.afterNextFind(() -> world.sync.syncNow(SHOP)));
    world.text(1002, newer);

    Cabinet cabinet = world.cabinets.find(SHOP).orElseThrow();
    assertFalse(cabinet.needsPrimarySync(), "the first sync the pass recorded stands");
    assertTrue(cabinet.isReady());
    assertEquals(new ApiToken(newer), cabinet.token(), "the teammate's token is the cabinet's");
  }
}
