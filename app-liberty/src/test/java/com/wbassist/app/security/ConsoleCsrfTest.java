package com.wbassist.app.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsoleCsrfTest {
  private static final String HOST = "ops.example.com";
  private static final String TOKEN = "k3y-of-this-session";

  @Test
  @DisplayName("the console's own POST, with the session's token from its own origin, is allowed")
  void ownCall() {
    assertTrue(ConsoleCsrf.allows("POST", "https://ops.example.com", HOST, TOKEN, TOKEN));
    assertTrue(ConsoleCsrf.allows("DELETE", null, HOST, TOKEN, TOKEN), "no Origin: same origin");
  }

  @Test
  @DisplayName("a state-changing call without the token, or with another, is refused")
  void noToken() {
    assertFalse(ConsoleCsrf.allows("POST", null, HOST, null, TOKEN));
    assertFalse(ConsoleCsrf.allows("POST", null, HOST, "guessed", TOKEN));
    assertFalse(ConsoleCsrf.allows("post", null, HOST, "", TOKEN));
  }

  @Test
  @DisplayName("a call from another site is refused even with a right token; reading needs none")
  void foreignOrigin() {
    assertFalse(ConsoleCsrf.allows("POST", "https://evil.example", HOST, TOKEN, TOKEN));
    assertFalse(ConsoleCsrf.allows("GET", "https://evil.example", HOST, null, TOKEN));
    assertFalse(ConsoleCsrf.allows("POST", "null", HOST, TOKEN, TOKEN), "a sandboxed frame");
    assertTrue(ConsoleCsrf.allows("GET", null, HOST, null, TOKEN));
  }

  @Test
  @DisplayName("the origin is compared with the address the browser used, port included")
  void ports() {
    assertTrue(ConsoleCsrf.sameOrigin("http://localhost:9080", "localhost:9080"));
    assertFalse(ConsoleCsrf.sameOrigin("http://localhost:9081", "localhost:9080"));
    assertFalse(ConsoleCsrf.sameOrigin("http://localhost:9080", null));
  }
}
