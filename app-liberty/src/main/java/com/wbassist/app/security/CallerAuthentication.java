package com.wbassist.app.security;

import com.wbassist.app.api.Problems;
import com.wbassist.app.api.SellerApiCaller;
import com.wbassist.application.port.in.AuthenticateApiKey;
import com.wbassist.application.port.in.AuthenticateApiKey.ApiAccess;
import com.wbassist.domain.apikey.ApiKeyText;
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
import java.util.Set;

/**
 * The application's one authentication mechanism. Operators authenticate with HTTP Basic, checked
 * by the container's identity stores ({@link AdminIdentityStore}, or Liberty's user registry), or
 * sign in to the operations console through its login form, checked by the same stores and kept in
 * a session ({@link ConsoleSignIn}, {@link ConsoleSession}; state-changing calls need its CSRF
 * token, {@link ConsoleCsrf}); a protected address without credentials is answered 401 with a Basic
 * challenge, or sent to the console's login page if it is a console page. Telegram's webhook
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
  static final String BEARER_CHALLENGE = "Bearer realm=\"wb-assist\"";
  private static final Logger LOG = System.getLogger(CallerAuthentication.class.getName());
  private static final int LONGEST_LOGGED_NAME = 64;

  @Inject IdentityStoreHandler identities;

  @Inject AuthenticateApiKey apiKeys;

  private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
  private final ConsoleSignIn console = new ConsoleSignIn(throttle);

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    Optional<String> apiKey = BearerKey.from(authorization);
    if (apiKey.isPresent()) {
      return sellerSystem(apiKey.get(), request, response, context);
    }
    Optional<UsernamePasswordCredential> basic = BasicCredentials.from(authorization);
    if (basic.isEmpty()) {
      return withoutCredentials(request, response, context);
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
    refused(basic.get().getCaller(), client, request, throttle.failed(client));
    return challenge(response, context);
  }

  /** The line to alert on: a refused login, whichever way it came — never its password. */
  static void refused(String user, String client, HttpServletRequest request, Duration earned) {
    LOG.log(
        Level.WARNING,
        "login refused for user \"{0}\" from {1} on {2} {3}; its next attempt is checked after {4} s",
        printable(user),
        client,
        request.getMethod(),
        printable(request.getRequestURI()),
        earned.toSeconds());
  }

  /**
   * No credentials in the request: the console's login form and logout, an operator signed in to
   * the console by session, or nobody — whom a protected address sends to the console's login page
   * (a console page), answers 401 without a challenge (the console's own calls, {@code
   * X-Requested-With: console}, so the browser shows no Basic dialog) or challenges (everyone
   * else).
   */
  private AuthenticationStatus withoutCredentials(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = ConsolePaths.of(request);
    if (path.equals(ConsolePaths.LOGIN)) {
      return console.signIn(identities, request, response, context);
    }
    if (path.equals(ConsolePaths.LOGOUT)) {
      return console.signOut(request, response, context);
    }
    if (ConsolePaths.signedInMayReach(path)) {
      Optional<ConsoleSession.SignedIn> signedIn = ConsoleSession.of(request);
      if (signedIn.isPresent()) {
        if (!ConsoleCsrf.allows(
            request.getMethod(),
            request.getHeader("Origin"),
            request.getHeader("Host"),
            request.getHeader(ConsoleCsrf.HEADER),
            signedIn.get().csrfToken())) {
          LOG.log(
              Level.WARNING,
              "console call refused for \"{0}\" from {1} on {2} {3}: no valid CSRF token or a foreign origin",
              printable(signedIn.get().caller()),
              request.getRemoteAddr(),
              request.getMethod(),
              printable(request.getRequestURI()));
          Problems.write(
              response, "forbidden", "The console's token is missing or wrong", 403, null);
          return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(signedIn.get().caller(), signedIn.get().groups());
      }
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (ConsolePaths.isConsole(path)) {
      return context.redirect(request.getContextPath() + ConsolePaths.LOGIN_PAGE);
    }
    if ("console".equals(request.getHeader("X-Requested-With"))) {
      Problems.write(response, "unauthorized", "Sign in to the console again", 401, null);
      return AuthenticationStatus.SEND_FAILURE;
    }
    return isSellerApi(request)
        ? refuseSellerSystem(response, context, "An API key is needed", null)
        : challenge(response, context);
  }

  /**
   * A seller's system with an API key: refused keys are slowed like refused logins (per client
   * address), a good key over its limit is answered 429 with {@code Retry-After}, and a good one
   * logs in as its key with the role {@link Roles#SELLER_API}; the cabinet it opens is kept on the
   * request ({@link SellerApiCaller}).
   */
  private AuthenticationStatus sellerSystem(
      String key,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String client = request.getRemoteAddr();
    Duration wait = throttle.waitBefore(client);
    if (!wait.isZero()) {
      return tooMany(response, wait, "Too many refused API keys from this address");
    }
    ApiAccess access = apiKeys.authenticate(key);
    if (access instanceof ApiAccess.Allowed allowed) {
      throttle.succeeded(client);
      SellerApiCaller.remember(request, allowed.caller());
      return context.notifyContainerAboutLogin(
          "api-key:" + allowed.caller().keyId(), Set.of(Roles.SELLER_API));
    }
    if (access instanceof ApiAccess.Limited limited) {
      return tooMany(
          response,
          limited.retryAfter(),
          "This API key's requests of the last 60 seconds are spent");
    }
    Duration earned = throttle.failed(client);
    LOG.log(
        Level.WARNING,
        "API key refused ({0}) from {1} on {2} {3}; its next attempt is checked after {4} s",
        ApiKeyText.parse(key).map(text -> "key " + text.id()).orElse("not a key"),
        client,
        request.getMethod(),
        printable(request.getRequestURI()),
        earned.toSeconds());
    return refuseSellerSystem(response, context, "The API key is not valid", "unknown or revoked");
  }

  private static AuthenticationStatus refuseSellerSystem(
      HttpServletResponse response, HttpMessageContext context, String title, String detail) {
    response.setHeader("WWW-Authenticate", BEARER_CHALLENGE);
    Problems.write(response, "unauthorized", title, 401, detail);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus tooMany(
      HttpServletResponse response, Duration wait, String title) {
    response.setHeader("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
    Problems.write(response, "too-many-requests", title, 429, null);
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Whether the request is for the sellers' API, on the container's decoded, canonical path. */
  static boolean isSellerApi(HttpServletRequest request) {
    String path =
        (request.getServletPath() == null ? "" : request.getServletPath())
            + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.equals("/api/v1") || path.startsWith("/api/v1/");
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
