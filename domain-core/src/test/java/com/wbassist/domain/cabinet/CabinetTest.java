package com.wbassist.domain.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CabinetTest {
  private static final Instant NOW = Instant.parse("2026-11-18T06:00:00Z");
  private static final CabinetId SHOP = new CabinetId("sid-1");
  private static final ApiToken TOKEN = new ApiToken("eyJ.old.sig");
  private static final ApiToken RESENT = new ApiToken("eyJ.resent.sig");

  private static Cabinet ready() {
    return Cabinet.connect(SHOP, "Лето", TOKEN, NOW.plus(Duration.ofDays(90)), NOW)
        .primarySyncFinished(NOW);
  }

  /** As storage reads a cabinet whose stored token does not open. */
  private static Cabinet readWithUnreadableToken(Cabinet stored) {
    return stored.readWithoutToken();
  }

  @Test
  @DisplayName("only a cabinet whose token cannot be read may be without one")
  void tokenOrUnreadable() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Cabinet(SHOP, "", null, null, CabinetStatus.READY, NOW, NOW, NOW, null));
    assertNull(readWithUnreadableToken(ready()).token());
  }

  @Test
  @DisplayName("a refused or unreadable token makes the cabinet wait for a new one")
  void waitsForToken() {
    assertFalse(ready().needsNewToken());
    assertTrue(ready().tokenRejected(NOW, "401").needsNewToken());
    assertTrue(readWithUnreadableToken(ready()).needsNewToken());
  }

  @Test
  @DisplayName("a cabinet read with an unreadable token is paused once; the pause says why")
  void pausedOnce() {
    Cabinet marked = readWithUnreadableToken(ready().syncEnded(NOW, "ORDERS: 503"));
    assertFalse(marked.pausedForUnreadableToken(), "marked when read, not yet paused");
    Cabinet paused = marked.tokenUnreadable(NOW.plusSeconds(60));
    assertTrue(paused.pausedForUnreadableToken());
    assertEquals(Cabinet.TOKEN_UNREADABLE_REASON, paused.lastError());
    assertTrue(readWithUnreadableToken(paused).pausedForUnreadableToken(), "read again later");
  }

  @Test
  @DisplayName("a token sent again resumes the cabinet where it stood: ready, or still syncing")
  void resentTokenResumes() {
    Cabinet repaired =
        readWithUnreadableToken(ready()).tokenUnreadable(NOW).withNewToken(RESENT, null, null);
    assertEquals(CabinetStatus.READY, repaired.status());
    assertEquals(RESENT, repaired.token());
    assertNull(repaired.lastError());
    Cabinet neverSynced =
        readWithUnreadableToken(Cabinet.connect(SHOP, "Лето", TOKEN, null, NOW))
            .withNewToken(RESENT, null, null);
    assertEquals(CabinetStatus.SYNCING, neverSynced.status());
  }
}
