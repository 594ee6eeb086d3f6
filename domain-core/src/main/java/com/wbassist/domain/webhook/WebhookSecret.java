package com.wbassist.domain.webhook;

import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The secret a subscription's deliveries are signed with, {@code whsec_<43 characters>}: 32 random
 * bytes, shown once when the subscription is created. The server must sign with it, so it is kept
 * (sealed at rest), never hashed; receivers use the whole text as the HMAC key.
 */
public final class WebhookSecret {
  private static final String PREFIX = "whsec_";
  private static final int BYTES = 32;
  private static final Pattern SHAPE = Pattern.compile("whsec_[A-Za-z0-9_-]{43}");

  private final String text;

  private WebhookSecret(String text) {
    this.text = text;
  }

  /**
   * A new secret.
   *
   * @param random a cryptographically strong generator ({@code SecureRandom}) in production
   */
  public static WebhookSecret generate(RandomGenerator random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return new WebhookSecret(
        PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** A secret read back from storage. */
  public static WebhookSecret of(String text) {
    Objects.requireNonNull(text, "text");
    if (!SHAPE.matcher(text).matches()) {
      throw new IllegalArgumentException("not a webhook secret");
    }
    return new WebhookSecret(text);
  }

  /** The whole secret: shown to the seller once, sealed in storage, the HMAC key. */
  public String reveal() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebhookSecret that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return PREFIX + "…";
  }
}
