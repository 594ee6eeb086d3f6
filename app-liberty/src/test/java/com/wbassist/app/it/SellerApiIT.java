package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sellers' API on the deployed WAR: two shops, each owner makes a key in the bot, and each key
 * sees its own cabinet and nothing of the other — whatever it tries.
 */
class SellerApiIT extends OnTheBuiltWar {
  private static final Pattern KEY = Pattern.compile("wba_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}");
  private static final String NOVEMBER = "?from=2026-11-01&to=2026-11-30";

  @Test
  @DisplayName(
      "a key made by the owner in the bot opens its cabinet's data; another cabinet's data never")
  void isolation() throws Exception {
    Shop a = shopWithOwner(881001, "Лето", "");
    Shop b = shopWithOwner(882001, "Зима", "B-");

    JsonObject cabinetOfA = json(api("/api/v1/cabinet", a.key));
    assertEquals(a.sid, cabinetOfA.getString("sid"));
    assertEquals("READY", cabinetOfA.getString("status"));

    List<String> ordersOfA = srids(api("/api/v1/orders" + NOVEMBER, a.key));
    List<String> ordersOfB = srids(api("/api/v1/orders" + NOVEMBER, b.key));
    assertFalse(ordersOfA.isEmpty(), "shop A has orders in November");
    assertFalse(ordersOfB.isEmpty(), "shop B has orders in November");
    assertTrue(ordersOfA.stream().noneMatch(s -> s.startsWith("B-")), ordersOfA.toString());
    assertTrue(ordersOfB.stream().allMatch(s -> s.startsWith("B-")), ordersOfB.toString());

    // B's cursor in A's request is only a position: A still reads A's rows.
    HttpResponse<String> firstOfB = api("/api/v1/orders" + NOVEMBER + "&limit=1", b.key);
    String cursorOfB = json(firstOfB).getString("next");
    List<String> withForeignCursor =
        srids(api("/api/v1/orders" + NOVEMBER + "&cursor=" + cursorOfB, a.key));
    assertTrue(withForeignCursor.stream().noneMatch(s -> s.startsWith("B-")));

    // The cabinet comes from the key, never from a parameter or a path.
    assertEquals(
        a.sid,
        json(api("/api/v1/cabinet?sid=" + b.sid + "&cabinet=" + b.sid, a.key)).getString("sid"));
    assertEquals(404, api("/api/v1/cabinets/" + b.sid, a.key).statusCode());

    for (String path : List.of("/api/v1/sales", "/api/v1/feedbacks", "/api/v1/notifications")) {
      HttpResponse<String> page = api(path + NOVEMBER, a.key);
      assertEquals(200, page.statusCode(), path + ": " + page.body());
      assertFalse(page.body().contains("B-"), path + " of A shows nothing of B: " + page.body());
    }
    assertEquals(200, api("/api/v1/stocks", a.key).statusCode());
  }

  @Test
  @DisplayName(
      "without a key, with a revoked one, with an operator's login or past the minute's limit: a problem, never data")
  void refusals() throws Exception {
    Shop a = shopWithOwner(883001, "Осень", "C-");

    HttpResponse<String> none = call(HttpRequest.newBuilder(at("/api/v1/orders")));
    assertEquals(401, none.statusCode());
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertTrue(
        none.headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(json(none).getString("type").endsWith("/unauthorized"));

    HttpResponse<String> bypass =
        call(HttpRequest.newBuilder(at("/api;x=1/v1;y=2/orders" + NOVEMBER)));
    assertTrue(
        bypass.statusCode() == 401 || bypass.statusCode() == 404,
        "matrix parameters reach nothing: " + bypass.statusCode());

    assertEquals(403, call(asAdmin("/api/v1/orders")).statusCode(), "an operator is no seller");
    assertEquals(403, api("/api/admin/cabinets", a.key).statusCode(), "a key is no operator");

    HttpResponse<String> badDay = api("/api/v1/orders?from=yesterday", a.key);
    assertEquals(400, badDay.statusCode());
    assertTrue(json(badDay).getString("detail").contains("YYYY-MM-DD"), badDay.body());
    HttpResponse<String> tooLong = api("/api/v1/orders?from=2026-01-01&to=2026-11-30", a.key);
    assertEquals(400, tooLong.statusCode());

    // The owner revokes the key in the bot: the next request is refused.
    List<JsonObject> menu = write(a.chat, "/api");
    // The key menu is the newest message with revoke buttons (a notification may come after it).
    JsonObject keys =
        menu.stream()
            .filter(
                m ->
                    m.containsKey("keyboard")
                        && m.get("keyboard").toString().contains("apikey:del:"))
            .reduce((first, second) -> second)
            .orElseThrow(() -> new AssertionError("no key menu in the chat: " + menu));
    String revoke =
        keys.getJsonObject("keyboard").toString().replaceAll(".*\"(apikey:del:[^\"]+)\".*", "$1");
    assertTrue(revoke.startsWith("apikey:del:"), keys.toString());
    press(a.chat, keys.getJsonNumber("messageId").longValue(), revoke);
    assertEquals(401, api("/api/v1/cabinet", a.key).statusCode(), "revoked at once");

    // A new key, then its minute's limit.
    String fresh = newKey(a.chat);
    int status = 200;
    int made = 0;
    while (status == 200 && made < 1_000) {
      status = api("/api/v1/cabinet", fresh).statusCode();
      made++;
    }
    assertEquals(429, status, "the limit of a minute answers 429 after " + made);
    HttpResponse<String> limited = api("/api/v1/cabinet", fresh);
    assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    assertTrue(json(limited).getString("type").endsWith("/too-many-requests"));
  }

  @Test
  @DisplayName(
      "the dashboard counts what the data endpoints list; the first sync is a finished task; a re-sync runs to its end and tells nothing twice")
  void dashboardAndTasks() throws Exception {
    Shop shop = shopWithOwner(884001, "Весна", "D-");

    JsonObject month = json(api("/api/v1/dashboard?period=30d", shop.key));
    String span = "?from=" + month.getString("from") + "&to=" + month.getString("to");
    List<String> orders = new ArrayList<>();
    String cursor = null;
    do {
      HttpResponse<String> page =
          api("/api/v1/orders" + span + (cursor == null ? "" : "&cursor=" + cursor), shop.key);
      orders.addAll(srids(page));
      cursor = json(page).getString("next", null);
    } while (cursor != null);
    assertFalse(orders.isEmpty(), "the shop has orders in the last 30 days: " + month);
    assertEquals(
        orders.size(),
        month.getJsonObject("orders").getInt("count"),
        "the dashboard counts the orders the API lists: " + month);
    assertEquals("today", json(api("/api/v1/dashboard", shop.key)).getString("period"));
    HttpResponse<String> badPeriod = api("/api/v1/dashboard?period=week", shop.key);
    assertEquals(400, badPeriod.statusCode(), badPeriod.body());
    assertTrue(
        badPeriod.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
        badPeriod.headers().toString());

    String tasks = api("/api/v1/tasks", shop.key).body();
    JsonObject primary =
        Json.createReader(new StringReader(tasks))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(t -> t.getString("kind").equals("PRIMARY_SYNC"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no PRIMARY_SYNC task: " + tasks));
    assertEquals("SUCCEEDED", primary.getString("state"), primary.toString());

    int messagesBefore = messages(getJson("/api/sandbox/chats/" + shop.chat)).size();
    JsonObject week = json(api("/api/v1/dashboard?period=7d", shop.key));
    HttpResponse<String> asked =
        call(
            HttpRequest.newBuilder(at("/api/v1/resyncs"))
                .header("Authorization", "Bearer " + shop.key)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder()
                            .add("from", week.getString("from"))
                            .add("to", week.getString("to"))
                            .build()
                            .toString())));
    assertEquals(202, asked.statusCode(), asked.body());
    String location = asked.headers().firstValue("Location").orElseThrow();
    String taskPath = location.substring(location.indexOf("/api/v1/"));
    JsonObject task = json(api(taskPath, shop.key));
    long deadline = System.currentTimeMillis() + 120_000;
    while (!List.of("SUCCEEDED", "FAILED", "CANCELLED", "INTERRUPTED")
            .contains(task.getString("state"))
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
      task = json(api(taskPath, shop.key));
    }
    assertEquals("SUCCEEDED", task.getString("state"), task.toString());
    assertEquals("RESYNC", task.getString("kind"));
    Thread.sleep(
        6_000); // a dispatch round or more: anything the re-sync wrongly told would be sent
    assertEquals(
        messagesBefore,
        messages(getJson("/api/sandbox/chats/" + shop.chat)).size(),
        "a re-sync of stored rows tells the chat nothing");

    HttpResponse<String> backwards =
        call(
            HttpRequest.newBuilder(at("/api/v1/resyncs"))
                .header("Authorization", "Bearer " + shop.key)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"from\":\"2026-11-07\",\"to\":\"2026-11-01\"}")));
    assertEquals(400, backwards.statusCode(), backwards.body());
  }

  private record Shop(String sid, String token, long chat, String key) {}

  /** A sandbox shop, its owner onboarded through the bot, and a key the owner made there. */
  private Shop shopWithOwner(long chat, String tradeMark, String sridPrefix) throws Exception {
    JsonObject shop =
        postJson(
            "/api/sandbox/shops",
            Json.createObjectBuilder()
                .add("name", "ИП " + tradeMark)
                .add("tradeMark", tradeMark)
                .build()
                .toString());
    String sid = shop.getString("sid");
    putJson(
        "/api/sandbox/shops/" + sid + "/wb",
        roundOneOfOrderLifecycle().replace("\"srid\":\"", "\"srid\":\"" + sridPrefix));
    write(chat, "/start");
    write(chat, shop.getString("token"));
    long deadline = System.currentTimeMillis() + 120_000;
    while (!chatText(chat).contains("Готово") && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    assertTrue(chatText(chat).contains("Готово"), chatText(chat));
    return new Shop(sid, shop.getString("token"), chat, newKey(chat));
  }

  /** The owner asks the bot for a new key and reads it off the message. */
  private String newKey(long chat) throws Exception {
    List<JsonObject> menu = write(chat, "/api");
    JsonObject screen = menu.get(menu.size() - 1);
    List<JsonObject> after =
        press(chat, screen.getJsonNumber("messageId").longValue(), "apikey:new");
    for (int i = after.size() - 1; i >= 0; i--) {
      Matcher key = KEY.matcher(after.get(i).getString("text"));
      if (key.find()) {
        return key.group();
      }
    }
    throw new AssertionError("no key in the chat: " + after);
  }

  private static HttpResponse<String> api(String path, String key)
      throws IOException, InterruptedException {
    return call(HttpRequest.newBuilder(at(path)).header("Authorization", "Bearer " + key));
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static List<String> srids(HttpResponse<String> page) {
    assertEquals(200, page.statusCode(), page.body());
    List<String> srids = new ArrayList<>();
    json(page)
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(o -> srids.add(o.getString("srid")));
    return srids;
  }

  private String roundOneOfOrderLifecycle() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/scenarios/order-lifecycle.json")) {
      return Json.createReader(in)
          .readObject()
          .getJsonArray("rounds")
          .getJsonObject(1)
          .getJsonObject("wb")
          .toString();
    }
  }
}
