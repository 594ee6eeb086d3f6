package com.wbassist.app.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** The user and password of an HTTP Basic {@code Authorization} header (RFC 7617). */
final class BasicCredentials {
  private static final String SCHEME = "basic ";

  private BasicCredentials() {}

  /**
   * Empty when the header carries no Basic credentials at all; a malformed Basic header gives a
   * credential that no store accepts, so it counts as a failed login.
   */
  static Optional<UsernamePasswordCredential> from(String authorization) {
    if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.of(new UsernamePasswordCredential("", ""));
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.of(new UsernamePasswordCredential(decoded, ""));
    }
    return Optional.of(
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }
}
