package com.wbassist.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How a delivery is signed and how a receiver checks it. The signature is {@code
 * HMAC-SHA256(secret, timestamp + "." + body)} in lower-case hex, sent as {@code v1=<hex>}; the
 * timestamp (Unix seconds) is sent beside it and is part of what is signed, so a receiver that
 * refuses timestamps older than {@link #TOLERANCE} refuses replays of a captured request too.
 */
public final class WebhookSignature {
  public static final String TIMESTAMP_HEADER = "X-WB-Assist-Timestamp";
  public static final String SIGNATURE_HEADER = "X-WB-Assist-Signature";
  public static final String EVENT_HEADER = "X-WB-Assist-Event";

  /**
   * The delivery's id: the same on every attempt and redelivery, for the receiver's idempotency.
   */
  public static final String DELIVERY_HEADER = "X-WB-Assist-Delivery";

  /** How far a timestamp may be from the receiver's clock, either way. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private static final String VERSION = "v1=";
  private static final int BLOCK = 64;

  private WebhookSignature() {}

  /** The value of {@link #SIGNATURE_HEADER} for a body sent at {@code timestamp}. */
  public static String sign(WebhookSecret secret, long timestamp, String body) {
    return VERSION + HexFormat.of().formatHex(hmac(secret.reveal(), timestamp + "." + body));
  }

  /** What a receiver concludes of a request. */
  public enum Verdict {
    VALID,
    /** A header is missing or not in the documented form. */
    MALFORMED,
    /** The timestamp is more than the tolerance away from now: possibly a replay. */
    STALE,
    /** The body or timestamp was altered, or signed with another secret. */
    WRONG_SIGNATURE
  }

  /**
   * The receiver's check: the timestamp within {@link #TOLERANCE} of {@code now}, and one of the
   * signature header's comma-separated {@code v1=} values equal (in constant time) to the body's.
   */
  public static Verdict verify(
      String secret, String timestampHeader, String signatureHeader, String body, Instant now) {
    if (secret == null || timestampHeader == null || signatureHeader == null || body == null) {
      return Verdict.MALFORMED;
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(timestampHeader.strip());
    } catch (NumberFormatException notSeconds) {
      return Verdict.MALFORMED;
    }
    if (Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
      return Verdict.STALE;
    }
    byte[] expected =
        HexFormat.of()
            .formatHex(hmac(secret, timestamp + "." + body))
            .getBytes(StandardCharsets.US_ASCII);
    boolean anyVersioned = false;
    for (String part : signatureHeader.split(",")) {
      String value = part.strip();
      if (value.startsWith(VERSION)) {
        anyVersioned = true;
        byte[] given = value.substring(VERSION.length()).getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(expected, given)) {
          return Verdict.VALID;
        }
      }
    }
    return anyVersioned ? Verdict.WRONG_SIGNATURE : Verdict.MALFORMED;
  }

  /**
   * HMAC-SHA256 (RFC 2104) over {@link MessageDigest}: the core depends on {@code java..} only, and
   * {@code javax.crypto} is not in it. The openssl vector in the test pins it.
   */
  static byte[] hmac(String key, String text) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] block = new byte[BLOCK];
      byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
      byte[] shortKey = keyBytes.length > BLOCK ? sha256.digest(keyBytes) : keyBytes;
      System.arraycopy(shortKey, 0, block, 0, shortKey.length);
      byte[] inner = new byte[BLOCK];
      byte[] outer = new byte[BLOCK];
      for (int i = 0; i < BLOCK; i++) {
        inner[i] = (byte) (block[i] ^ 0x36);
        outer[i] = (byte) (block[i] ^ 0x5c);
      }
      sha256.update(inner);
      byte[] innerHash = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
      sha256.update(outer);
      return sha256.digest(innerHash);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java has SHA-256", impossible);
    }
  }
}
