package com.wbassist.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * An operator signed in to the console by its login form: the caller and groups the identity store
 * answered, and the session's CSRF token, kept in the HTTP session (never in a cookie of their
 * own). A new sign-in always gets a new session id, so an id planted before it (session fixation)
 * opens nothing.
 */
public final class ConsoleSession {
  /** How long a console left alone stays signed in. */
  static final Duration IDLE_LIMIT = Duration.ofMinutes(30);

  private static final String CALLER = "wbassist.console.caller";
  private static final String GROUPS = "wbassist.console.groups";
  private static final String CSRF = "wbassist.console.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Who is signed in, and the token their state-changing calls must carry. */
  record SignedIn(String caller, Set<String> groups, String csrfToken) {}

  private ConsoleSession() {}

  /** Signs the caller in: any session the browser brought is dropped and a new one begun. */
  static SignedIn begin(HttpServletRequest request, String caller, Set<String> groups) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setMaxInactiveInterval((int) IDLE_LIMIT.toSeconds());
    SignedIn signedIn = new SignedIn(caller, Set.copyOf(groups), newToken());
    session.setAttribute(CALLER, signedIn.caller());
    session.setAttribute(GROUPS, String.join("\n", signedIn.groups()));
    session.setAttribute(CSRF, signedIn.csrfToken());
    return signedIn;
  }

  /** The operator this request's session belongs to, if it carries a signed-in one. */
  static Optional<SignedIn> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    try {
      Object caller = session.getAttribute(CALLER);
      Object groups = session.getAttribute(GROUPS);
      Object csrf = session.getAttribute(CSRF);
      if (caller instanceof String name
          && groups instanceof String names
          && csrf instanceof String token) {
        return Optional.of(
            new SignedIn(name, names.isEmpty() ? Set.of() : Set.of(names.split("\n")), token));
      }
      return Optional.empty();
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }

  /** The session's CSRF token, for the console's page to read once; empty without a session. */
  public static Optional<String> csrfToken(HttpServletRequest request) {
    return of(request).map(SignedIn::csrfToken);
  }

  /** Signs out: the session and everything in it are gone. */
  static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyGone) {
        // ended meanwhile
      }
    }
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
