package com.wbassist.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.TokenCareStore;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenExpiryWarning;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a {@link TokenCareStore} remembers of a cabinet's token, and that each of its conditional
 * writes lets one caller, once, tell the members (docs/decisions/0622). Extend it with a store over
 * empty storage and the cabinet store beside it.
 */
public abstract class TokenCareContract {
  private static final Instant NOW = Instant.parse("2026-11-18T07:00:00Z");
  private static final Instant EXP = NOW.plus(Duration.ofDays(6));
  private static final Instant NEW_EXP = NOW.plus(Duration.ofDays(180));
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-00000000c0de");
  private static final CabinetId OTHER = new CabinetId("7b0c6a52-3a3e-4a55-9d41-00000000beef");

  private CabinetStore cabinets;
  private TokenCareStore care;

  /** A fresh token care store and its cabinet store, on empty storage. */
  protected abstract TokenCareStore emptyTokenCare();

  /** The cabinet store the token care store reads the stored tokens of. */
  protected abstract CabinetStore cabinets();

  @BeforeEach
  void twoShops() {
    care = emptyTokenCare();
    cabinets = cabinets();
    for (CabinetId id : new CabinetId[] {SHOP, OTHER}) {
      cabinets.save(
          Cabinet.connect(id, "Лето", new ApiToken("eyJ.old." + id.sid()), EXP, NOW)
              .primarySyncFinished(NOW));
    }
  }

  private void newToken() {
    cabinets.acceptToken(SHOP, new ApiToken("eyJ.new.token"), NEW_EXP, "Лето");
  }

  @Test
  @DisplayName("each warning is recorded once per token; a later one after an earlier, not back")
  void warningsOnce() {
    assertTrue(care.expiryWarned(SHOP, EXP, TokenExpiryWarning.WEEK));
    assertFalse(care.expiryWarned(SHOP, EXP, TokenExpiryWarning.WEEK), "once");
    assertTrue(care.expiryWarned(OTHER, EXP, TokenExpiryWarning.WEEK), "per cabinet");
    assertTrue(care.expiryWarned(SHOP, EXP, TokenExpiryWarning.DAY));
    assertFalse(care.expiryWarned(SHOP, EXP, TokenExpiryWarning.DAY));
    assertFalse(care.expiryWarned(SHOP, EXP, TokenExpiryWarning.WEEK), "never back");
  }

  @Test
  @DisplayName("a new token resets the warnings; the old token is warned no more")
  void newTokenResetsWarnings() {
    assertTrue(care.expiryWarned(SHOP, EXP, TokenExpiryWarning.DAY));
    newToken();
    assertFalse(care.expiryWarned(SHOP, EXP, TokenExpiryWarning.DAY), "not the stored token");
    assertTrue(care.expiryWarned(SHOP, NEW_EXP, TokenExpiryWarning.WEEK));
  }

  @Test
  @DisplayName("a refused category is recorded once per token and category, and read back")
  void refusedCategories() {
    assertEquals(Set.of(), care.refusedCategories(SHOP, EXP));
    assertTrue(care.categoryRefused(SHOP, EXP, TokenCategory.FEEDBACKS));
    assertFalse(care.categoryRefused(SHOP, EXP, TokenCategory.FEEDBACKS), "once");
    assertTrue(care.categoryRefused(SHOP, EXP, TokenCategory.ANALYTICS));
    assertEquals(
        Set.of(TokenCategory.FEEDBACKS, TokenCategory.ANALYTICS),
        care.refusedCategories(SHOP, EXP));
    assertEquals(Set.of(), care.refusedCategories(OTHER, EXP));

    newToken();
    assertEquals(Set.of(), care.refusedCategories(SHOP, NEW_EXP), "a new token starts clean");
    assertFalse(care.categoryRefused(SHOP, EXP, TokenCategory.CONTENT), "not the stored token");
    assertTrue(care.categoryRefused(SHOP, NEW_EXP, TokenCategory.FEEDBACKS));
    assertEquals(Set.of(TokenCategory.FEEDBACKS), care.refusedCategories(SHOP, NEW_EXP));
  }

  @Test
  @DisplayName(
      "the dead time starts at the first refusal, and only the caller that forgets it may sum it up")
  void deadTime() {
    assertEquals(Optional.empty(), care.deadSince(SHOP));
    care.tokenDied(SHOP, NOW);
    care.tokenDied(SHOP, NOW.plusSeconds(3600));
    assertEquals(Optional.of(NOW), care.deadSince(SHOP));
    assertEquals(Optional.empty(), care.deadSince(OTHER));
    assertFalse(care.caughtUp(SHOP, NOW.plusSeconds(1)), "not the kept time");
    assertTrue(care.caughtUp(SHOP, NOW));
    assertFalse(care.caughtUp(SHOP, NOW), "once");
    assertEquals(Optional.empty(), care.deadSince(SHOP));
  }
}
