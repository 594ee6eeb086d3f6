package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the sandbox's page stands on, over HTTP on the deployed WAR: the shop panel's answers to bad
 * requests, a chat's live events resumed with Last-Event-ID, and a large demo shop whose primary
 * sync lasts long enough to watch.
 */
class SandboxShopPanelIT extends OnTheBuiltWar {
  private static final long CHAT = 993001;
  private static final long WATCHER = 993002;

  @Test
  @DisplayName(
      "the shop panel says what is wrong: an unknown shop 404, an unknown happening 400, sync"
          + " before the token 409, a demo shop of no known size 400")
  void badRequests() throws Exception {
    JsonObject demo = postJson("/api/sandbox/demo", "{}");
    String sid = demo.getString("sid");

    HttpResponse<String> unknownShop =
        post("/api/sandbox/demo/no-such-shop/happenings", "{\"kind\":\"order\"}");
    assertEquals(404, unknownShop.statusCode(), unknownShop.body());
    assertEquals(
        "application/problem+json",
        unknownShop.headers().firstValue("Content-Type").orElse("").split(";")[0]);

    HttpResponse<String> unknownKind =
        post("/api/sandbox/demo/" + sid + "/happenings", "{\"kind\":\"flood\"}");
    assertEquals(400, unknownKind.statusCode());
    assertTrue(unknownKind.body().contains("bad-review"), unknownKind.body());

    HttpResponse<String> order =
        post("/api/sandbox/demo/" + sid + "/happenings", "{\"kind\":\"order\"}");
    assertEquals(200, order.statusCode(), order.body());
    assertTrue(order.body().contains("новый заказ"), order.body());

    HttpResponse<String> early = post("/api/sandbox/shops/" + sid + "/sync", "");
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("paste its token"), early.body());
    assertEquals(404, post("/api/sandbox/shops/no-such-shop/sync", "").statusCode());
    assertEquals(400, post("/api/sandbox/demo", "{\"size\":\"huge\"}").statusCode());
  }

  @Test
  @DisplayName(
      "a chat's events come numbered; a page reconnecting with Last-Event-ID gets only what is"
          + " newer, and one holding a number the server never gave is told to read the chat again")
  void liveEvents() throws Exception {
    write(CHAT, "/start");
    JsonObject chat = getJson("/api/sandbox/chats/" + CHAT);
    long last = chat.getJsonNumber("lastChange").longValue();
    assertTrue(last >= 2, "the seller's /start and the bot's answer: " + chat);
    assertEquals("/start", chat.getJsonArray("written").getJsonObject(0).getString("text"));

    List<String> resumed = events(CHAT, Long.toString(last - 1), 2);
    assertTrue(
        resumed.containsAll(List.of("id:" + last, "event:change")),
        "only the last change, numbered: " + resumed);

    List<String> reset = events(CHAT, "999999", 2);
    assertTrue(reset.contains("event:reset"), reset.toString());
  }

  @Test
  @DisplayName(
      "a large demo shop's primary sync takes tens of seconds, its progress message edited as it"
          + " goes, and ends «Готово»")
  void largeShop() throws Exception {
    JsonObject demo = postJson("/api/sandbox/demo", "{\"size\":\"large\"}");
    assertEquals("large", demo.getString("size"));
    write(WATCHER, "/start");
    long started = System.nanoTime();
    write(WATCHER, demo.getString("token"));
    long deadline = System.currentTimeMillis() + 180_000;
    while (!chatText(WATCHER).contains("Готово") && System.currentTimeMillis() < deadline) {
      Thread.sleep(1000);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(chatText(WATCHER).contains("Готово"), chatText(WATCHER));
    assertTrue(took.toSeconds() >= 15, "long enough to watch: " + took);
    JsonObject progress =
        messages(getJson("/api/sandbox/chats/" + WATCHER)).stream()
            .filter(m -> m.getString("text").contains("Загрузка истории"))
            .findFirst()
            .orElseThrow();
    assertTrue(progress.getInt("edits") >= 3, "edited as it went: " + progress);
    System.out.println("LARGE demo shop: primary sync " + took.toSeconds() + " s, " + progress);
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return call(
        HttpRequest.newBuilder(at(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The first {@code lines} non-empty lines of the chat's event stream (comments left out). */
  private static List<String> events(long chat, String lastEventId, int lines) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(at("/api/sandbox/chats/" + chat + "/events"))
            .header("Accept", "text/event-stream")
            .header("Last-Event-ID", lastEventId)
            .build();
    HttpResponse<Stream<String>> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    assertEquals(200, response.statusCode());
    CompletableFuture<List<String>> read =
        CompletableFuture.supplyAsync(
            () -> {
              List<String> seen = new ArrayList<>();
              Iterator<String> stream = response.body().iterator();
              while (seen.size() < lines && stream.hasNext()) {
                String line = stream.next().replace(": ", ":");
                if (!line.isBlank() && !line.startsWith(":") && !line.startsWith("retry")) {
                  seen.add(line);
                }
              }
              return seen;
            });
    try {
      return read.get(20, TimeUnit.SECONDS);
    } finally {
      response.body().close();
    }
  }
}
