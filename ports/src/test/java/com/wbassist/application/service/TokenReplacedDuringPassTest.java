package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, writes that do not overwrite each other: a pass writes only what it owns of its cabinet
 * (status, last sync, last error), so a token a seller sends while the pass runs stands.
 */
class TokenReplacedDuringPassTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000c12");
  private static final Instant OLD_EXPIRY = NOW.plus(Duration.ofDays(30));
  private static final Instant NEW_EXPIRY = NOW.plus(Duration.ofDays(180));
  private static final String OLD = FakeTokens.personal(SHOP.sid(), OLD_EXPIRY);
  private static final String NEW = FakeTokens.personal(SHOP.sid(), NEW_EXPIRY);

  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @BeforeEach
  void connectedWithTheOldToken() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.text(1001, "/start");
    world.text(1001, OLD);
  }

  private Cabinet stored() {
    return world.cabinets.find(SHOP).orElseThrow();
  }

  private void sellerSendsTheNewTokenDuringThePass() {
    world.wb.beforeNextCall(() -> world.text(1001, NEW));
  }

  @Test
  @DisplayName("a token sent while the primary sync runs stands after it, and the cabinet is ready")
  void newTokenOutlivesThePrimarySync() {
    sellerSendsTheNewTokenDuringThePass();
    var report = world.sync.syncNow(SHOP).orElseThrow();

    assertTrue(report.succeeded());
    Cabinet cabinet = stored();
    assertEquals(new ApiToken(NEW), cabinet.token(), "the pass did not write its old token back");
    assertEquals(NEW_EXPIRY, cabinet.tokenExpiresAt());
    assertEquals(CabinetStatus.READY, cabinet.status());
    assertEquals(NOW, cabinet.primarySyncedAt());
  }

  @Test
  @DisplayName(
      "a token sent while an incremental pass runs stands after it; the pass records its sync")
  void newTokenOutlivesAnIncrementalPass() {
    world.sync.syncNow(SHOP);
    world.clock.advance(Duration.ofMinutes(30));
    sellerSendsTheNewTokenDuringThePass();
    world.sync.syncNow(SHOP).orElseThrow();

    Cabinet cabinet = stored();
    assertEquals(new ApiToken(NEW), cabinet.token());
    assertEquals(NEW_EXPIRY, cabinet.tokenExpiresAt());
    assertEquals(CabinetStatus.READY, cabinet.status());
    assertEquals(world.clock.instant(), cabinet.lastSyncAt());
  }

  @Test
  @DisplayName(
      "WB refusing the old token does not pause a cabinet whose token was replaced meanwhile;"
          + " the next pass syncs with the new one")
  void refusalOfTheOldTokenDoesNotPauseTheNewOne() {
    world.sync.syncNow(SHOP);
    world.clock.advance(Duration.ofMinutes(30));
    Instant lastSync = stored().lastSyncAt();
    world.wb.rejectToken(OLD);
    sellerSendsTheNewTokenDuringThePass();
    int messagesBefore = world.chat.to(1001).size();
    var refused = world.sync.syncNow(SHOP).orElseThrow();

    assertTrue(refused.tokenRejected(), "WB did refuse the token this pass used");
    Cabinet cabinet = stored();
    assertEquals(CabinetStatus.READY, cabinet.status(), "not paused for the old token");
    assertEquals(new ApiToken(NEW), cabinet.token());
    assertNull(cabinet.lastError());
    assertEquals(lastSync, cabinet.lastSyncAt(), "still due: the new token is tried soon");
    assertFalse(
        world.chat.to(1001).stream()
            .skip(messagesBefore)
            .anyMatch(TokenReplacedDuringPassTest::asksForANewToken),
        "nobody is asked for a token");

    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded(), "the new token syncs");
  }

  @Test
  @DisplayName("WB refusing the token the cabinet still holds pauses it, as before")
  void refusalOfTheStoredTokenPauses() {
    world.sync.syncNow(SHOP);
    world.wb.rejectToken(OLD);
    world.sync.syncNow(SHOP).orElseThrow();
    assertEquals(CabinetStatus.TOKEN_REJECTED, stored().status());
    assertEquals(new ApiToken(OLD), stored().token());
    assertTrue(
        world.chat.to(1001).stream().anyMatch(TokenReplacedDuringPassTest::asksForANewToken));
  }

  private static boolean asksForANewToken(RecordingSellerChat.Said said) {
    return said.message() != null && said.message().html().contains("перестал принимать токен");
  }
}
