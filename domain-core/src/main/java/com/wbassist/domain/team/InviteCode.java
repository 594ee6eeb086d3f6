package com.wbassist.domain.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of one invite: 128 random bits in base64url (22 characters), carried in the bot's deep
 * link {@code t.me/<bot>?start=team_<code>} — Telegram's {@code start} parameter takes up to 64
 * characters of {@code A-Za-z0-9_-}. Whoever holds it may join the cabinet once, so it is stored
 * only as its SHA-256 {@link #digest()} and never printed ({@link #toString()} is masked).
 */
public final class InviteCode {
  /** What starts an invite's {@code start} parameter, so {@code /start} tells it from others. */
  public static final String START_PREFIX = "team_";

  private static final int RANDOM_BYTES = 16;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private InviteCode(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** A new, unguessable code. */
  public static InviteCode fresh() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return new InviteCode(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The code a {@code /start} parameter carries, if it is an invite's. */
  public static Optional<InviteCode> fromStartParameter(String parameter) {
    if (parameter == null || !parameter.startsWith(START_PREFIX)) {
      return Optional.empty();
    }
    String code = parameter.substring(START_PREFIX.length());
    return SHAPE.matcher(code).matches() ? Optional.of(new InviteCode(code)) : Optional.empty();
  }

  /** The deep link's {@code start} parameter. */
  public String startParameter() {
    return START_PREFIX + value;
  }

  /** The deep link that opens the bot with this invite. */
  public String link(String botUsername) {
    return "https://t.me/" + botUsername + "?start=" + startParameter();
  }

  /** SHA-256 of the code, in hex: what storage keeps and looks invites up by. */
  public String digest() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InviteCode code && code.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "InviteCode[***]";
  }
}
