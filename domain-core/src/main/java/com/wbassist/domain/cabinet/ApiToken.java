package com.wbassist.domain.cabinet;

import java.util.Objects;

/**
 * A WB API token as the seller pasted it. It is a secret: {@link #toString()} never shows it, so a
 * token that ends up in a log line or an exception message by accident shows only a mask.
 */
public final class ApiToken {
  private final String value;

  public ApiToken(String value) {
    Objects.requireNonNull(value, "token");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a WB token must not be blank");
    }
    this.value = value.strip();
  }

  /**
   * The raw token, for the places that must send it (the WB adapter's Authorization header) or read
   * its claims (the token inspector).
   */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiToken token && token.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "ApiToken[***]";
  }
}
