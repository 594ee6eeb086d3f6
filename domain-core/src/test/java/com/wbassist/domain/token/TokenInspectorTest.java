package com.wbassist.domain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.cabinet.ApiToken;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenInspectorTest {
  private static final Instant NOW = Instant.parse("2026-11-18T06:00:00Z");
  private static final long NEEDED =
      TokenCategory.STATISTICS.mask()
          | TokenCategory.FEEDBACKS.mask()
          | TokenCategory.CONTENT.mask()
          | TokenCategory.ANALYTICS.mask();
  private final TokenInspector inspector = new TokenInspector();

  static String jwt(String payloadJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(
            "{\"alg\":\"ES256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8))
        + ".c2ln";
  }

  static String token(long mask, int acc, Instant exp, boolean test) {
    return jwt(
        "{\"acc\":"
            + acc
            + ",\"exp\":"
            + exp.getEpochSecond()
            + ",\"s\":"
            + mask
            + ",\"sid\":\"e8923014-e233-47q8-898e-3cc86d67ea61\",\"t\":"
            + test
            + ",\"nested\":{\"x\":[1,2]}}");
  }

  @Test
  @DisplayName(
      "a token's type is read from its own acc claim; no token or an unreadable one is of no known type")
  void typeOf() {
    Instant exp = Instant.parse("2027-05-01T00:00:00Z");
    assertEquals(
        TokenType.BASE, TokenInspector.typeOf(new ApiToken(token(1L << 5, 1, exp, false))));
    assertEquals(
        TokenType.PERSONAL, TokenInspector.typeOf(new ApiToken(token(1L << 5, 3, exp, false))));
    assertEquals(TokenType.UNKNOWN, TokenInspector.typeOf(new ApiToken("not-a-jwt")));
    assertEquals(TokenType.UNKNOWN, TokenInspector.typeOf(null));
  }

  @Test
  @DisplayName(
      "a personal read-only token with the four categories is accepted, and its claims are read")
  void accepted() {
    var verdict =
        inspector.inspect(token(NEEDED | (1L << 30), 3, NOW.plusSeconds(86400 * 100), false), NOW);
    assertTrue(verdict.isAccepted());
    var claims = verdict.claims().orElseThrow();
    assertEquals("e8923014-e233-47q8-898e-3cc86d67ea61", claims.sellerId());
    assertEquals(TokenType.PERSONAL, claims.type());
    assertTrue(claims.readOnly());
    assertTrue(verdict.warnings().isEmpty());
  }

  @Test
  @DisplayName("text that is not a JWT, or a JWT without sid/exp/s, is malformed")
  void malformed() {
    assertEquals(TokenRefusal.MALFORMED, inspector.inspect("hello", NOW).refusal());
    assertEquals(
        TokenRefusal.MALFORMED, inspector.inspect("eyJhbGciOi.bm90IGpzb24.x", NOW).refusal());
    assertEquals(TokenRefusal.MALFORMED, inspector.inspect(jwt("{\"exp\":1}"), NOW).refusal());
    assertFalse(TokenInspector.looksLikeToken("/start"));
  }

  @Test
  @DisplayName("an expired token is refused")
  void expired() {
    assertEquals(
        TokenRefusal.EXPIRED,
        inspector.inspect(token(NEEDED, 3, NOW.minusSeconds(1), false), NOW).refusal());
  }

  @Test
  @DisplayName("a sandbox test token is refused")
  void testToken() {
    assertEquals(
        TokenRefusal.TEST_TOKEN,
        inspector.inspect(token(NEEDED, 2, NOW.plusSeconds(3600 * 24 * 30), true), NOW).refusal());
  }

  @Test
  @DisplayName("a token missing categories is refused, naming what is missing")
  void missingCategories() {
    long statsOnly = TokenCategory.STATISTICS.mask();
    var verdict = inspector.inspect(token(statsOnly, 3, NOW.plusSeconds(86400 * 100), false), NOW);
    assertEquals(TokenRefusal.MISSING_CATEGORIES, verdict.refusal());
    assertEquals(
        Set.of(TokenCategory.FEEDBACKS, TokenCategory.CONTENT, TokenCategory.ANALYTICS),
        verdict.missing());
  }

  @Test
  @DisplayName("a base token and a token close to expiry are accepted with warnings")
  void warnings() {
    var verdict = inspector.inspect(token(NEEDED, 1, NOW.plusSeconds(86400 * 5), false), NOW);
    assertTrue(verdict.isAccepted());
    assertEquals(2, verdict.warnings().size());
  }
}
