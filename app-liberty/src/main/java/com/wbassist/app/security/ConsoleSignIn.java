package com.wbassist.app.security;

import com.wbassist.app.api.Problems;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * The console's login form and logout, answered by the authentication mechanism itself. The form's
 * user and password are checked by the same identity stores, behind the same throttle and with the
 * same refused-login line as HTTP Basic; only an operator (role {@link Roles#ADMIN}) gets a
 * session. Every answer is a redirect to a page, except a valid login that is not an operator's
 * (403).
 */
final class ConsoleSignIn {
  private static final Logger LOG = System.getLogger(ConsoleSignIn.class.getName());

  private final LoginThrottle throttle;

  ConsoleSignIn(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  AuthenticationStatus signIn(
      IdentityStoreHandler identities,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (!"POST".equals(request.getMethod())) {
      return context.redirect(request.getContextPath() + ConsolePaths.LOGIN_PAGE);
    }
    if (!ConsoleCsrf.sameOrigin(request.getHeader("Origin"), request.getHeader("Host"))) {
      Problems.write(
          response, "forbidden", "The login form was posted from another site", 403, null);
      return AuthenticationStatus.SEND_FAILURE;
    }
    String client = request.getRemoteAddr();
    Duration wait = throttle.waitBefore(client);
    if (!wait.isZero()) {
      return context.redirect(
          request.getContextPath()
              + ConsolePaths.LOGIN_PAGE
              + "?wait="
              + Math.max(1, (wait.toMillis() + 999) / 1000));
    }
    String user = request.getParameter("username");
    String password = request.getParameter("password");
    CredentialValidationResult result =
        identities.validate(
            new UsernamePasswordCredential(
                user == null ? "" : user, password == null ? "" : password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      CallerAuthentication.refused(
          user == null ? "" : user, client, request, throttle.failed(client));
      return context.redirect(request.getContextPath() + ConsolePaths.LOGIN_PAGE + "?refused");
    }
    throttle.succeeded(client);
    String caller = result.getCallerPrincipal().getName();
    if (!result.getCallerGroups().contains(Roles.ADMIN)) {
      LOG.log(
          Level.WARNING,
          "console login of \"{0}\" from {1} refused: not an operator",
          CallerAuthentication.printable(caller),
          client);
      Problems.write(
          response,
          "forbidden",
          "This login is not an operator's",
          403,
          "the console is for operators");
      return AuthenticationStatus.SEND_FAILURE;
    }
    ConsoleSession.begin(request, caller, result.getCallerGroups());
    LOG.log(
        Level.INFO,
        "console login of \"{0}\" from {1}",
        CallerAuthentication.printable(caller),
        client);
    return context.redirect(request.getContextPath() + ConsolePaths.HOME);
  }

  /** Ends the session (a POST carrying its token, so another site cannot sign an operator out). */
  AuthenticationStatus signOut(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!"POST".equals(request.getMethod())) {
      return context.redirect(request.getContextPath() + ConsolePaths.HOME);
    }
    var signedIn = ConsoleSession.of(request);
    if (signedIn.isPresent()
        && !ConsoleCsrf.allows(
            request.getMethod(),
            request.getHeader("Origin"),
            request.getHeader("Host"),
            request.getHeader(ConsoleCsrf.HEADER),
            signedIn.get().csrfToken())) {
      Problems.write(response, "forbidden", "The console's token is missing or wrong", 403, null);
      return AuthenticationStatus.SEND_FAILURE;
    }
    ConsoleSession.end(request);
    return context.redirect(request.getContextPath() + ConsolePaths.LOGIN_PAGE + "?out");
  }
}
