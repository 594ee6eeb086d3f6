package com.wbassist.app.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a call made with the console's session cookie was made by the console itself. The cookie
 * is {@code SameSite=Strict} already; on top of it a state-changing call must carry the session's
 * token in {@code X-CSRF-Token} (a page of another site cannot read it, nor set the header without
 * a CORS preflight this server never grants), and its {@code Origin}, when the browser sends one,
 * must be this server's own. Calls with Basic credentials are not judged here: they carry no cookie
 * a browser would add by itself.
 */
final class ConsoleCsrf {
  static final String HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private ConsoleCsrf() {}

  /**
   * @param method the request's HTTP method
   * @param origin its {@code Origin} header, {@code null} when absent
   * @param host its {@code Host} header: the authority the browser addressed
   * @param token its {@code X-CSRF-Token} header, {@code null} when absent
   * @param sessionToken the token of the session it carries
   */
  static boolean allows(
      String method, String origin, String host, String token, String sessionToken) {
    if (!sameOrigin(origin, host)) {
      return false;
    }
    if (SAFE.contains(method.toUpperCase(Locale.ROOT))) {
      return true;
    }
    return token != null
        && sessionToken != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), sessionToken.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An absent Origin is this server's (browsers leave it out of same-origin GETs); a present one
   * must name the authority the browser addressed — compared with {@code Host}, so a TLS proxy in
   * front changes nothing.
   */
  static boolean sameOrigin(String origin, String host) {
    if (origin == null) {
      return true;
    }
    if (host == null || origin.equals("null")) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host.strip());
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }
}
