package com.wbassist.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console's login form, answered by the mechanism: who gets a session, and who does not. */
class ConsoleSignInTest {
  private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
  private final ConsoleSignIn signIn = new ConsoleSignIn(throttle);

  /** One login form post, and what the mechanism answered to it. */
  private static final class Post {
    final Map<String, String> form = new HashMap<>();
    final Map<String, String> headers = new HashMap<>(Map.of("Host", "localhost:9080"));
    final Map<String, Object> sessionAttributes = new HashMap<>();
    boolean sessionBegun;
    int status = 200;
    String redirectedTo;
    final StringWriter body = new StringWriter();

    HttpServletRequest request() {
      HttpSession session =
          proxy(
              HttpSession.class,
              (method, args) ->
                  switch (method) {
                    case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
                    case "getAttribute" -> sessionAttributes.get((String) args[0]);
                    default -> null;
                  });
      return proxy(
          HttpServletRequest.class,
          (method, args) ->
              switch (method) {
                case "getMethod" -> "POST";
                case "getHeader" -> headers.get((String) args[0]);
                case "getRemoteAddr" -> "10.0.0.7";
                case "getContextPath" -> "";
                case "getRequestURI" -> "/console/login";
                case "getParameter" -> form.get((String) args[0]);
                case "getSession" -> {
                  if (args != null && args.length == 1 && (Boolean) args[0]) {
                    sessionBegun = true;
                    yield session;
                  }
                  yield sessionBegun ? session : null;
                }
                case "changeSessionId" -> "new-id";
                default -> null;
              });
    }

    HttpServletResponse response() {
      return proxy(
          HttpServletResponse.class,
          (method, args) ->
              switch (method) {
                case "setStatus" -> status = (Integer) args[0];
                case "getWriter" -> new PrintWriter(body, true);
                default -> null;
              });
    }

    HttpMessageContext context() {
      return proxy(
          HttpMessageContext.class,
          (method, args) -> {
            if (method.equals("redirect")) {
              redirectedTo = (String) args[0];
              status = 302;
              return AuthenticationStatus.SEND_CONTINUE;
            }
            return null;
          });
    }
  }

  private interface Answer {
    Object apply(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> answer.apply(method.getName(), args)));
  }

  /** An identity store that knows the operator {@code anna} and the clerk {@code oleg}. */
  private static final IdentityStoreHandler STORES =
      credential -> {
        UsernamePasswordCredential login = (UsernamePasswordCredential) credential;
        if (login.getCaller().equals("anna") && login.getPasswordAsString().equals("s3cret")) {
          return new CredentialValidationResult("anna", Set.of(Roles.ADMIN));
        }
        if (login.getCaller().equals("oleg") && login.getPasswordAsString().equals("s3cret")) {
          return new CredentialValidationResult("oleg", Set.of("warehouse"));
        }
        return CredentialValidationResult.INVALID_RESULT;
      };

  private Post post(String user, String password) {
    Post post = new Post();
    post.form.put("username", user);
    post.form.put("password", password);
    signIn.signIn(STORES, post.request(), post.response(), post.context());
    return post;
  }

  @Test
  @DisplayName("an operator's login begins a new session with a CSRF token and opens the console")
  void operator() {
    Post post = post("anna", "s3cret");
    assertEquals("/console/", post.redirectedTo);
    assertTrue(post.sessionBegun);
    assertEquals("anna", post.sessionAttributes.get("wbassist.console.caller"));
    assertTrue(
        post.sessionAttributes.get("wbassist.console.csrf") instanceof String token
            && token.length() >= 40);
  }

  @Test
  @DisplayName("a valid login that is not an operator's is answered 403 and gets no session")
  void notAnOperator() {
    Post post = post("oleg", "s3cret");
    assertEquals(403, post.status);
    assertNull(post.redirectedTo);
    assertFalse(post.sessionBegun, "no session for a non-operator");
    assertTrue(post.body.toString().contains("not an operator"), post.body.toString());
  }

  @Test
  @DisplayName("a wrong password goes back to the form, and the next try waits its turn")
  void wrongPassword() {
    Post post = post("anna", "guess");
    assertEquals("/console/login.html?refused", post.redirectedTo);
    assertFalse(post.sessionBegun);
    assertTrue(throttle.waitBefore("10.0.0.7").compareTo(Duration.ZERO) > 0);
    Post right = post("anna", "s3cret");
    assertTrue(right.redirectedTo.startsWith("/console/login.html?wait="), right.redirectedTo);
    assertFalse(right.sessionBegun, "not even checked yet");
  }

  @Test
  @DisplayName("a login form posted from another site is refused before any password is checked")
  void foreignForm() {
    Post post = new Post();
    post.headers.put("Origin", "https://evil.example");
    post.form.put("username", "anna");
    post.form.put("password", "s3cret");
    signIn.signIn(STORES, post.request(), post.response(), post.context());
    assertEquals(403, post.status);
    assertFalse(post.sessionBegun);
  }
}
