package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.sandbox.SandboxConfigSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The operations console's guard on the deployed WAR, over plain HTTP: no page or script of it
 * without an operator's login, a session cookie that scripts cannot read and other sites do not
 * send, and state-changing calls with that cookie only with the session's CSRF token from this
 * server's own pages.
 */
class ConsoleSecurityIT extends OnTheBuiltWar {

  @Test
  @DisplayName(
      "without a login every console page and script sends to the login page, showing no data")
  void nothingWithoutLogin() throws Exception {
    for (String page :
        List.of(
            "/console",
            "/console/",
            "/console/index.html",
            "/console/cabinet.html?sid=x",
            "/console/cabinets.js",
            "/console/api.js",
            "/console/;x=1/index.html",
            "/console/%69ndex.html",
            "//console/index.html")) {
      HttpResponse<String> answer = call(HttpRequest.newBuilder(at(page)));
      assertTrue(
          List.of(302, 303, 400, 404).contains(answer.statusCode()),
          page + " answered " + answer.statusCode());
      assertFalse(answer.body().contains("<table"), page + " showed the console");
      if (answer.statusCode() == 302 || answer.statusCode() == 303) {
        assertTrue(
            answer.headers().firstValue("Location").orElse("").contains("/console/login.html"),
            page + " → " + answer.headers().firstValue("Location"));
      }
    }
    for (String open :
        List.of(
            "/console/login.html",
            "/console/login.js",
            "/console/i18n.js",
            "/console/console.css")) {
      assertEquals(200, call(HttpRequest.newBuilder(at(open))).statusCode(), open);
    }
    HttpResponse<String> api =
        call(
            HttpRequest.newBuilder(at("/api/admin/cabinets"))
                .header("X-Requested-With", "console"));
    assertEquals(401, api.statusCode());
    assertTrue(
        api.headers().firstValue("WWW-Authenticate").isEmpty(), "no Basic dialog for the console");
  }

  @Test
  @DisplayName(
      "the operator's session opens the console; its changes need the CSRF token and this origin")
  void sessionAndCsrf() throws Exception {
    JsonObject shop = postJson("/api/sandbox/shops", "{\"name\":\"ИП Сессия\"}");
    String sid = shop.getString("sid");
    Thread.sleep(1_100); // a refused login of another test may still hold this client's turn
    HttpResponse<String> login =
        call(
            HttpRequest.newBuilder(at("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + SandboxConfigSource.SANDBOX_ADMIN_USER
                            + "&password="
                            + URLEncoder.encode(
                                SandboxConfigSource.SANDBOX_ADMIN_PASSWORD,
                                StandardCharsets.UTF_8))));
    assertEquals(302, login.statusCode(), login.body());
    assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/console/"));
    String setCookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
    assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));

    assertEquals(
        200, call(HttpRequest.newBuilder(at("/console/")).header("Cookie", cookie)).statusCode());
    HttpResponse<String> session =
        call(HttpRequest.newBuilder(at("/api/admin/operations/session")).header("Cookie", cookie));
    assertEquals(200, session.statusCode(), session.body());
    String token =
        Json.createReader(new StringReader(session.body())).readObject().getString("csrfToken");
    assertFalse(token.isBlank());

    String cancel = "/api/admin/cabinets/" + sid + "/sync/cancel";
    assertEquals(
        403,
        call(HttpRequest.newBuilder(at(cancel))
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.noBody()))
            .statusCode(),
        "no token");
    assertEquals(
        403,
        call(HttpRequest.newBuilder(at(cancel))
                .header("Cookie", cookie)
                .header("X-CSRF-Token", token)
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()))
            .statusCode(),
        "another site");
    assertEquals(
        200,
        call(HttpRequest.newBuilder(at(cancel))
                .header("Cookie", cookie)
                .header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.noBody()))
            .statusCode());
    assertEquals(
        200,
        call(asAdmin(cancel).POST(HttpRequest.BodyPublishers.noBody())).statusCode(),
        "Basic clients need no token");

    HttpResponse<String> logout =
        call(
            HttpRequest.newBuilder(at("/console/logout"))
                .header("Cookie", cookie)
                .header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(302, logout.statusCode());
    HttpResponse<String> after =
        call(HttpRequest.newBuilder(at("/console/")).header("Cookie", cookie));
    assertEquals(302, after.statusCode(), "the session is gone");
  }
}
