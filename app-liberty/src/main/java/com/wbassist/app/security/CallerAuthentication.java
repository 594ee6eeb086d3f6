package com.wbassist.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The application's one authentication mechanism. Operators authenticate with HTTP Basic, checked
 * by the container's identity stores ({@link AdminIdentityStore}, or Liberty's user registry); a
 * protected address without credentials is answered 401 with a Basic challenge. Telegram's webhook
 * carries no credentials and is left to the Telegram adapter's secret check. Failed logins are
 * logged without the password and slowed down ({@link LoginThrottle}).
 *
 * <p>What guards an address is declared twice on purpose: web.xml's security constraint on {@code
 * /api/admin/*} (matched by the servlet container on the canonical path, for every HTTP method) and
 * {@code @RolesAllowed} on the resource methods (whatever path JAX-RS routed by).
 */
@ApplicationScoped
public class CallerAuthentication implements HttpAuthenticationMechanism {
  static final String CHALLENGE = "Basic realm=\"wb-assist\", charset=\"UTF-8\"";
  private static final Logger LOG = System.getLogger(CallerAuthentication.class.getName());
  private static final int LONGEST_LOGGED_NAME = 64;

  @Inject IdentityStoreHandler identities;

  private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<UsernamePasswordCredential> basic =
        BasicCredentials.from(request.getHeader("Authorization"));
    if (basic.isEmpty()) {
      return context.isProtected() ? challenge(response, context) : context.doNothing();
    }
    String client = request.getRemoteAddr();
    Duration wait = throttle.waitBefore(client);
    if (!wait.isZero()) {
      response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
      response.setStatus(429);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identities.validate(basic.get());
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(client);
      return context.notifyContainerAboutLogin(result);
    }
    Duration earned = throttle.failed(client);
    LOG.log(
        Level.WARNING,
        "login refused for user \"{0}\" from {1} on {2} {3}; its next attempt is checked after {4} s",
        printable(basic.get().getCaller()),
        client,
        request.getMethod(),
        printable(request.getRequestURI()),
        earned.toSeconds());
    return challenge(response, context);
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    return context.responseUnauthorized();
  }

  /** A caller-chosen string for one log line: no control characters (no forged lines), short. */
  static String printable(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > LONGEST_LOGGED_NAME
        ? clean.substring(0, LONGEST_LOGGED_NAME) + "…"
        : clean;
  }
}
