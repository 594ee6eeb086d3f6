package com.wbassist.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InviteCodeTest {
  @Test
  @DisplayName("a code fits Telegram's start parameter: at most 64 characters of A-Za-z0-9_-")
  void fitsStartParameter() {
    String parameter = InviteCode.fresh().startParameter();
    assertTrue(parameter.length() <= 64, parameter.length() + " characters");
    assertTrue(parameter.matches("[A-Za-z0-9_-]+"));
  }

  @Test
  @DisplayName("a code carries 128 random bits: 22 base64url characters, never the same twice")
  void unguessable() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String parameter = InviteCode.fresh().startParameter();
      assertEquals(InviteCode.START_PREFIX.length() + 22, parameter.length());
      assertTrue(seen.add(parameter));
    }
  }

  @Test
  @DisplayName("the link's start parameter reads back as the same code, with the same digest")
  void roundTrip() {
    InviteCode code = InviteCode.fresh();
    InviteCode read = InviteCode.fromStartParameter(code.startParameter()).orElseThrow();
    assertEquals(code, read);
    assertEquals(code.digest(), read.digest());
    assertEquals(64, code.digest().length(), "SHA-256 in hex");
    assertTrue(
        code.link("wb_bot").startsWith("https://t.me/wb_bot?start=" + InviteCode.START_PREFIX));
  }

  @Test
  @DisplayName("the digest is not the code, and the code never shows in toString")
  void secret() {
    InviteCode code = InviteCode.fresh();
    String raw = code.startParameter().substring(InviteCode.START_PREFIX.length());
    assertFalse(code.digest().contains(raw));
    assertFalse(code.toString().contains(raw));
    assertNotEquals(code.digest(), InviteCode.fresh().digest());
  }

  @Test
  @DisplayName("other start parameters are no invites")
  void otherParameters() {
    assertTrue(InviteCode.fromStartParameter("").isEmpty());
    assertTrue(InviteCode.fromStartParameter(null).isEmpty());
    assertTrue(InviteCode.fromStartParameter("promo").isEmpty());
    assertTrue(InviteCode.fromStartParameter("team_short").isEmpty());
    assertTrue(InviteCode.fromStartParameter("team_AAAAAAAAAAAAAAAAAAAA<>").isEmpty());
  }
}
