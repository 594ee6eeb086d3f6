package com.wbassist.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.webhook.WebhookSignature.Verdict;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
  private static final long TS = NOW.getEpochSecond();
  private static final String BODY =
      "{\"id\":\"evt_1\",\"type\":\"NEW_ORDER\",\"data\":{\"x\":\"Лето\"}}";
  private final WebhookSecret secret = WebhookSecret.generate(new SplittableRandom(7));

  @Test
  @DisplayName(
      "the signature is HMAC-SHA256 over timestamp.body in hex, as an independent computation gives")
  void knownVector() {
    // echo -n '1700000000.{}' | openssl dgst -sha256 -hmac whsec_AAA…A (43 A)
    WebhookSecret fixed = WebhookSecret.of("whsec_" + "A".repeat(43));
    String signature = WebhookSignature.sign(fixed, 1700000000L, "{}");
    assertEquals("v1=61afa8861f1e485a76af23dc9611b0b40e0096daf46f1ec323c80c021f68c17a", signature);
    assertTrue(signature.matches("v1=[0-9a-f]{64}"));
  }

  @Test
  @DisplayName("a receiver accepts what was signed, within five minutes either way")
  void valid() {
    String signature = WebhookSignature.sign(secret, TS, BODY);
    assertEquals(Verdict.VALID, verify(Long.toString(TS), signature, BODY, NOW));
    assertEquals(Verdict.VALID, verify(Long.toString(TS), signature, BODY, NOW.plusSeconds(300)));
    assertEquals(Verdict.VALID, verify(Long.toString(TS), signature, BODY, NOW.minusSeconds(300)));
    assertEquals(
        Verdict.VALID,
        verify(Long.toString(TS), "v1=00ff, " + signature, BODY, NOW),
        "one of several v1 values (a secret being rotated) is enough");
  }

  @Test
  @DisplayName("a replay older than five minutes is refused, though its signature is right")
  void replay() {
    String signature = WebhookSignature.sign(secret, TS, BODY);
    assertEquals(Verdict.STALE, verify(Long.toString(TS), signature, BODY, NOW.plusSeconds(301)));
    assertEquals(Verdict.STALE, verify(Long.toString(TS), signature, BODY, NOW.minusSeconds(301)));
  }

  @Test
  @DisplayName("a changed body, a changed timestamp or another secret fails the signature")
  void tampering() {
    String signature = WebhookSignature.sign(secret, TS, BODY);
    assertEquals(Verdict.WRONG_SIGNATURE, verify(Long.toString(TS), signature, BODY + " ", NOW));
    assertEquals(Verdict.WRONG_SIGNATURE, verify(Long.toString(TS + 1), signature, BODY, NOW));
    WebhookSecret other = WebhookSecret.generate(new SplittableRandom(8));
    assertEquals(
        Verdict.WRONG_SIGNATURE,
        WebhookSignature.verify(other.reveal(), Long.toString(TS), signature, BODY, NOW));
  }

  @Test
  @DisplayName("missing or malformed headers are malformed, not a crash")
  void malformed() {
    String signature = WebhookSignature.sign(secret, TS, BODY);
    assertEquals(Verdict.MALFORMED, verify(null, signature, BODY, NOW));
    assertEquals(Verdict.MALFORMED, verify("yesterday", signature, BODY, NOW));
    assertEquals(Verdict.MALFORMED, verify(Long.toString(TS), null, BODY, NOW));
    assertEquals(Verdict.MALFORMED, verify(Long.toString(TS), signature.substring(3), BODY, NOW));
  }

  @Test
  @DisplayName("a secret is 32 random bytes as whsec_ and 43 characters, and never prints itself")
  void secretShape() {
    assertTrue(secret.reveal().matches("whsec_[A-Za-z0-9_-]{43}"));
    assertFalse(secret.toString().contains(secret.reveal().substring(6)));
    assertEquals(secret, WebhookSecret.of(secret.reveal()));
    assertFalse(
        secret.equals(WebhookSecret.generate(new SplittableRandom(8))), "two secrets differ");
  }

  private Verdict verify(String timestamp, String signature, String body, Instant now) {
    return WebhookSignature.verify(secret.reveal(), timestamp, signature, body, now);
  }

  @Test
  @DisplayName("the HMAC is RFC 4231's: case 2, and a key longer than a block as openssl signs it")
  void rfc4231() {
    // Case 2: key "Jefe", data "what do ya want for nothing?"
    assertEquals(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        java.util.HexFormat.of()
            .formatHex(WebhookSignature.hmac("Jefe", "what do ya want for nothing?")));
    assertEquals(
        java.util.HexFormat.of().formatHex(WebhookSignature.hmac("k".repeat(131), "Test")),
        opensslLongKey());
  }

  // echo -n Test | openssl dgst -sha256 -hmac $(printf 'k%.0s' {1..131})
  private static String opensslLongKey() {
    return "06bb03d9b70c6e5d06859bedc8573416addbde9746c16eecfa53a751a679f18f";
  }
}
