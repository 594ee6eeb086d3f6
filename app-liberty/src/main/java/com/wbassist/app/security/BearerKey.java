package com.wbassist.app.security;

import java.util.Optional;

/** The API key of an {@code Authorization: Bearer <key>} header; the key itself is not checked. */
final class BearerKey {
  private static final String SCHEME = "bearer ";

  private BearerKey() {}

  static Optional<String> from(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String key = authorization.substring(SCHEME.length()).strip();
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }
}
