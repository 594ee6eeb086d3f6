package com.wbassist.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The text of a seller's API key, {@code wba_<id>_<secret>}: the id names the key in lists and logs
 * (it is no secret), the secret is 32 random bytes. The whole text is shown once, when the key is
 * created; only its SHA-256 digest is stored, so a copy of the database opens nothing.
 */
public final class ApiKeyText {
  private static final String PREFIX = "wba_";
  private static final int ID_BYTES = 6;
  private static final int SECRET_BYTES = 32;
  private static final Pattern SHAPE =
      Pattern.compile("wba_([A-Za-z0-9_-]{8})_([A-Za-z0-9_-]{43})");

  private final String id;
  private final String text;

  private ApiKeyText(String id, String text) {
    this.id = id;
    this.text = text;
  }

  /**
   * A new key.
   *
   * @param random a cryptographically strong generator ({@code SecureRandom}) in production
   */
  public static ApiKeyText generate(RandomGenerator random) {
    String id = base64url(bytes(random, ID_BYTES));
    return new ApiKeyText(id, PREFIX + id + "_" + base64url(bytes(random, SECRET_BYTES)));
  }

  /** A text a caller presented, if it has the shape of a key (nothing else is looked up). */
  public static Optional<ApiKeyText> parse(String presented) {
    if (presented == null) {
      return Optional.empty();
    }
    var match = SHAPE.matcher(presented.strip());
    return match.matches()
        ? Optional.of(new ApiKeyText(match.group(1), match.group(0)))
        : Optional.empty();
  }

  /** The key's public name. */
  public String id() {
    return id;
  }

  /** The whole key: shown to its creator once, never stored or logged. */
  public String reveal() {
    return text;
  }

  /** What is stored of the key: the hex SHA-256 digest of its whole text. */
  public String digest() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java has SHA-256", impossible);
    }
  }

  /** Whether this text is the key a stored digest was made of, compared in constant time. */
  public boolean matches(String storedDigest) {
    return MessageDigest.isEqual(
        digest().getBytes(StandardCharsets.US_ASCII),
        storedDigest.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    // Never the secret: a key printed by mistake names itself only.
    return PREFIX + id + "_…";
  }

  private static byte[] bytes(RandomGenerator random, int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
