package com.wbassist.adapter.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}. Compared as SHA-256 digests
 * with {@link MessageDigest#isEqual}, so the time taken tells nothing of the secret, not even its
 * length. No secret configured means nothing is let in.
 */
final class WebhookSecret {
  /** What Telegram accepts as {@code secret_token}: 1–256 of {@code A-Z a-z 0-9 _ -}. */
  static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  private final byte[] expected;

  WebhookSecret(String secret) {
    this.expected = secret == null || secret.isBlank() ? null : digest(secret);
  }

  boolean isConfigured() {
    return expected != null;
  }

  boolean matches(String presented) {
    if (expected == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(expected, digest(presented));
  }

  private static byte[] digest(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
