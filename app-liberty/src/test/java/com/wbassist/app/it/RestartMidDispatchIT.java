package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The application restarted while it is sending a batch of notifications loses none of them: the
 * deliveries it had claimed are taken over once their lease runs out, and every one ends sent,
 * exactly once in the database.
 */
class RestartMidDispatchIT extends OnTheBuiltWar {
  private static final long SELLER = 888001;
  private static final int NEW_ORDERS = 8;

  @Test
  @DisplayName("a restart in the middle of dispatch: every notification still ends sent, once")
  void restartLosesNothing() throws Exception {
    JsonObject template = firstOrderOfOrderLifecycle();
    JsonObject shop = postJson("/api/sandbox/shops", "{\"name\":\"ИП Рестарт\"}");
    String sid = shop.getString("sid");
    putJson("/api/sandbox/shops/" + sid + "/wb", state(template, 0));
    postJson("/api/sandbox/chats/" + SELLER + "/messages", "{\"text\":\"/start\"}");
    postJson(
        "/api/sandbox/chats/" + SELLER + "/messages",
        Json.createObjectBuilder().add("text", shop.getString("token")).build().toString());
    await(() -> chat().contains("Готово"), Duration.ofMinutes(2), "the primary sync finished");

    putJson("/api/sandbox/shops/" + sid + "/wb", state(template, NEW_ORDERS));
    assertEquals(
        202,
        call(asAdmin("/api/admin/cabinets/" + sid + "/sync")
                .POST(HttpRequest.BodyPublishers.noBody()))
            .statusCode());
    // Telegram takes one message a second per chat: restart once the first of the eight has gone
    // out.
    await(() -> chat().contains("Новый заказ"), Duration.ofMinutes(1), "dispatch started");
    ApplicationRestart.now();
    await(this::ready, Duration.ofMinutes(2), "ready again");

    await(
        () -> sent(sid) == NEW_ORDERS,
        Duration.ofMinutes(4),
        "every notification sent after the restart");
    List<JsonObject> deliveries = deliveries(sid);
    assertEquals(NEW_ORDERS, deliveries.size(), deliveries.toString());
    assertEquals(
        NEW_ORDERS,
        deliveries.stream().map(d -> d.getString("key")).distinct().count(),
        "one delivery per order");
    assertTrue(
        deliveries.stream().allMatch(d -> d.getString("status").equals("SENT")),
        deliveries.toString());
  }

  /**
   * WB's state: the template order an hour ago, plus {@code newOrders} orders placed ten minutes
   * ago.
   */
  private static String state(JsonObject template, int newOrders) {
    ZoneId moscow = ZoneId.of("Europe/Moscow");
    LocalDateTime hourAgo = LocalDateTime.now(moscow).minusHours(1).withNano(0);
    LocalDateTime minutesAgo = LocalDateTime.now(moscow).minusMinutes(10).withNano(0);
    JsonArrayBuilder orders =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder(template)
                    .add("srid", "restart-base")
                    .add("date", hourAgo.toString())
                    .add("lastChangeDate", hourAgo.toString()));
    for (int i = 0; i < newOrders; i++) {
      String at = minutesAgo.plusSeconds(i).toString();
      orders.add(
          Json.createObjectBuilder(template)
              .add("srid", "restart-" + i)
              .add("date", at)
              .add("lastChangeDate", at));
    }
    return Json.createObjectBuilder()
        .add("orders", orders)
        .add("sales", Json.createArrayBuilder())
        .add("stocks", Json.createArrayBuilder())
        .add("feedbacks", Json.createArrayBuilder())
        .add("archive", Json.createArrayBuilder())
        .add("cards", Json.createArrayBuilder())
        .build()
        .toString();
  }

  private JsonObject firstOrderOfOrderLifecycle() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/scenarios/order-lifecycle.json")) {
      return Json.createReader(in)
          .readObject()
          .getJsonArray("rounds")
          .getJsonObject(0)
          .getJsonObject("wb")
          .getJsonArray("orders")
          .getJsonObject(0);
    }
  }

  private List<JsonObject> deliveries(String sid) throws Exception {
    HttpResponse<String> response =
        call(asAdmin("/api/admin/cabinets/" + sid + "/notifications?limit=100"));
    return Json.createReader(new StringReader(response.body()))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  private long sent(String sid) {
    try {
      return deliveries(sid).stream().filter(d -> d.getString("status").equals("SENT")).count();
    } catch (Exception notYet) {
      return -1;
    }
  }

  private boolean ready() {
    try {
      return call(HttpRequest.newBuilder(at("/health/ready"))).statusCode() == 200;
    } catch (Exception notYet) {
      return false;
    }
  }

  private String chat() {
    try {
      return call(HttpRequest.newBuilder(at("/api/sandbox/chats/" + SELLER))).body();
    } catch (Exception notYet) {
      return "";
    }
  }

  private static void await(BooleanSupplier condition, Duration within, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + within.toSeconds() + " s in vain: " + what);
      }
      Thread.sleep(250);
    }
  }
}
