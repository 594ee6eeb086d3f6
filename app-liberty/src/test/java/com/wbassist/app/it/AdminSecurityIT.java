package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The admin API on the deployed WAR: with the operator's login it answers; without it, no path,
 * spelling or method reaches an admin method. (ProductionModeIT runs the same bypasses in
 * production mode.)
 */
class AdminSecurityIT extends OnTheBuiltWar {

  @Test
  @DisplayName("the operator's login opens the admin API; every bypass without it is refused")
  void onlyOperators() throws Exception {
    JsonObject shop = postJson("/api/sandbox/shops", "{\"name\":\"ИП Охрана\"}");
    String sid = shop.getString("sid");

    HttpResponse<String> operator = call(asAdmin("/api/admin/cabinets"));
    assertEquals(200, operator.statusCode(), operator.body());

    HttpResponse<String> anonymous = call(HttpRequest.newBuilder(at("/api/admin/cabinets")));
    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertTrue(
        anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
        "a Basic challenge");

    HttpResponse<String> wrong =
        call(
            HttpRequest.newBuilder(at("/api/admin/cabinets"))
                .header("Authorization", "Basic YWRtaW46d3Jvbmc=")); // admin:wrong
    assertEquals(401, wrong.statusCode(), wrong.body());
    HttpResponse<String> slowed = call(asAdmin("/api/admin/cabinets"));
    assertEquals(
        429, slowed.statusCode(), "right after a failure even the right login waits its turn");
    Thread.sleep(1_100);
    assertEquals(200, call(asAdmin("/api/admin/cabinets")).statusCode());

    AdminBypasses.noneGetsThrough(ItServer.httpPort(), sid);
  }
}
