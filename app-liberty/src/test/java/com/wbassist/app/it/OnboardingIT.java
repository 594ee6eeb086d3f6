package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The onboarding conversation end to end on the deployed WAR: a seller writes to the bot's webhook
 * (through the sandbox console), pastes a WB token, waits for the primary sync the bot starts by
 * itself, and switches a notification type off in the settings — every answer read from the
 * Telegram stand-in.
 */
class OnboardingIT extends OnTheBuiltWar {
  private static final long SELLER = 777001;

  @Test
  @DisplayName(
      "/start, a token, the primary sync's progress and end, then a settings toggle edited in place")
  void conversation() throws Exception {
    JsonObject shop =
        postJson("/api/sandbox/shops", "{\"name\":\"ИП Тестов\",\"tradeMark\":\"Лето & Ко\"}");
    String sid = shop.getString("sid");
    putJson("/api/sandbox/shops/" + sid + "/wb", roundZeroOfOrderLifecycle());

    List<JsonObject> chat = write("/start");
    assertTrue(last(chat).contains("токен WB API"), last(chat));

    chat = write("not a token, just words");
    assertTrue(last(chat).contains("Пришлите токен"), last(chat));

    chat = write("eyJhbGciOiJIUzI1NiJ9.bm90LWpzb24.c2ln");
    assertTrue(last(chat).contains("не похоже на токен"), last(chat));

    chat = write(shop.getString("token"));
    assertTrue(
        chat.stream().anyMatch(m -> m.getString("text").contains("Токен принят")), chat.toString());
    assertFalse(
        chat.toString().contains(shop.getString("token")), "the bot never repeats the token");

    long deadline = System.currentTimeMillis() + 120_000;
    while (!chatText().contains("Готово") && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    assertTrue(
        chatText().contains("Готово"),
        "the primary sync finished and the seller was told: " + chatText());
    assertTrue(chatText().contains("Лето &amp; Ко"), "the shop name, escaped");

    chat = write("/settings");
    JsonObject screen = chat.get(chat.size() - 1);
    long screenId = screen.getJsonNumber("messageId").longValue();
    assertTrue(screen.getString("text").contains("Уведомления"));
    chat = press(screenId, "set:NEW_ORDER");
    JsonObject edited =
        chat.stream()
            .filter(m -> m.getJsonNumber("messageId").longValue() == screenId)
            .findFirst()
            .orElseThrow();
    assertEquals(1, edited.getInt("edits"));
    assertTrue(
        edited.getJsonObject("keyboard").toString().contains("▫️ Заказы"), edited.toString());

    // The admin API (with the sandbox's operator login) sees the cabinet, its seller, and starts a
    // pass on
    // request.
    HttpResponse<String> cabinets = call(asAdmin("/api/admin/cabinets"));
    assertEquals(200, cabinets.statusCode());
    assertTrue(cabinets.body().contains(sid) && cabinets.body().contains("READY"), cabinets.body());
    HttpResponse<String> cabinet = call(asAdmin("/api/admin/cabinets/" + sid));
    assertTrue(
        cabinet.body().contains("\"telegramId\":" + SELLER) && cabinet.body().contains("NEW_ORDER"),
        cabinet.body());
    HttpResponse<String> notifications =
        call(asAdmin("/api/admin/cabinets/" + sid + "/notifications"));
    assertEquals(200, notifications.statusCode(), notifications.body());
    HttpResponse<String> syncNow =
        call(
            asAdmin("/api/admin/cabinets/" + sid + "/sync")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(202, syncNow.statusCode(), syncNow.body());
    HttpResponse<String> metrics = call(HttpRequest.newBuilder(at("/metrics?scope=application")));
    assertEquals(200, metrics.statusCode());
    assertTrue(
        metrics.body().contains("wbassist_wb_rate_limited_total"), "operations see WB's 429s");
    assertTrue(metrics.body().contains("wbassist_syncs_total"), "and the syncs");
  }

  private String roundZeroOfOrderLifecycle() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/scenarios/order-lifecycle.json")) {
      return Json.createReader(in)
          .readObject()
          .getJsonArray("rounds")
          .getJsonObject(0)
          .getJsonObject("wb")
          .toString();
    }
  }

  private List<JsonObject> write(String text) throws Exception {
    return messages(
        postJson(
            "/api/sandbox/chats/" + SELLER + "/messages",
            Json.createObjectBuilder().add("text", text).build().toString()));
  }

  private List<JsonObject> press(long messageId, String data) throws Exception {
    return messages(
        postJson(
            "/api/sandbox/chats/" + SELLER + "/buttons",
            Json.createObjectBuilder()
                .add("messageId", messageId)
                .add("data", data)
                .build()
                .toString()));
  }

  private String chatText() throws Exception {
    return messages(getJson("/api/sandbox/chats/" + SELLER)).toString();
  }

  private static String last(List<JsonObject> chat) {
    return chat.get(chat.size() - 1).getString("text");
  }
}
