package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.wbassist.domain.apikey.ApiKeyText;
import com.wbassist.domain.webhook.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Signed webhooks on the deployed WAR (sandbox mode, so a receiver on this host is allowed): a
 * subscription made with an API key, a PING received by a test receiver that checks the signature
 * as docs/api.md tells receivers to, the same delivery retried after the receiver was down, a
 * manual redelivery under the same delivery id, and another cabinet's key refused with 404.
 */
class WebhookIT extends OnTheBuiltWar {
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer receiver;
  private volatile String secret;

  /** A request as the test receiver saw it, and its verdict of the signature. */
  private record Received(
      String delivery, String event, String body, WebhookSignature.Verdict verdict) {}

  @AfterEach
  void stopReceiver() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  @DisplayName(
      "a subscription receives a signed PING; down, the receiver gets it on the retry; redelivered on request")
  void signedDeliveries() throws Exception {
    String key = apiKeyOf("webhook-it-shop");
    String otherKey = apiKeyOf("webhook-it-other");
    int port = startReceiver(0);

    HttpResponse<String> created =
        call(
            withKey(key, "/api/v1/webhooks")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"http://127.0.0.1:"
                            + port
                            + "/hook\",\"types\":[\"NEW_ORDER\",\"SYNC_FAILED\"]}")));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject subscription = json(created.body());
    long id = subscription.getJsonNumber("id").longValue();
    secret = subscription.getString("secret");
    assertTrue(secret.startsWith("whsec_"));
    assertFalse(
        call(withKey(key, "/api/v1/webhooks/" + id).GET()).body().contains(secret),
        "the secret is shown once");
    assertEquals(404, call(withKey(otherKey, "/api/v1/webhooks/" + id).GET()).statusCode());
    assertEquals(
        404,
        call(withKey(otherKey, "/api/v1/webhooks/" + id + "/ping").POST(noBody())).statusCode());

    // 1. Received and verified.
    assertEquals(
        202, call(withKey(key, "/api/v1/webhooks/" + id + "/ping").POST(noBody())).statusCode());
    Received first = awaitReceived(r -> true, 30_000);
    assertEquals(WebhookSignature.Verdict.VALID, first.verdict());
    assertEquals("PING", first.event());
    assertEquals("PING", json(first.body()).getString("type"));

    // 2. The receiver is down: the attempt fails, and the retry (15–30 s later) gets through.
    receiver.stop(0);
    JsonObject queued =
        json(call(withKey(key, "/api/v1/webhooks/" + id + "/ping").POST(noBody())).body());
    String downId = Long.toString(queued.getJsonNumber("id").longValue());
    JsonObject failed = awaitDelivery(key, id, downId, d -> d.getInt("attempts") >= 1, 30_000);
    assertEquals("PENDING", failed.getString("status"));
    assertTrue(
        !failed.containsKey("responseCode") || failed.isNull("responseCode"), failed.toString());
    startReceiver(port);
    Received retried = awaitReceived(r -> r.delivery().equals(downId), 60_000);
    assertEquals(WebhookSignature.Verdict.VALID, retried.verdict());
    assertEquals(
        "DELIVERED",
        awaitDelivery(key, id, downId, d -> d.getString("status").equals("DELIVERED"), 10_000)
            .getString("status"));

    // 3. Redelivered on request: the same delivery id again, signed afresh.
    String firstId = first.delivery();
    HttpResponse<String> redeliver =
        call(
            withKey(key, "/api/v1/webhooks/" + id + "/deliveries/" + firstId + "/redeliver")
                .POST(noBody()));
    assertEquals(202, redeliver.statusCode(), redeliver.body());
    int before = received.size();
    Received again = awaitReceived(before, r -> r.delivery().equals(firstId), 30_000);
    assertEquals(WebhookSignature.Verdict.VALID, again.verdict());
    assertEquals(first.body(), again.body(), "the same bytes every time");

    JsonArray history =
        json(call(withKey(key, "/api/v1/webhooks/" + id + "/deliveries").GET()).body())
            .getJsonArray("items");
    assertEquals(2, history.size(), history.toString());
    assertEquals(204, call(withKey(key, "/api/v1/webhooks/" + id).DELETE()).statusCode());
    assertEquals(404, call(withKey(key, "/api/v1/webhooks/" + id).GET()).statusCode());
  }

  @Test
  @DisplayName(
      "URLs are checked even in the sandbox: metadata addresses and ftp are refused as problems")
  void refusedUrls() throws Exception {
    String key = apiKeyOf("webhook-it-refusals");
    HttpResponse<String> metadata =
        call(
            withKey(key, "/api/v1/webhooks")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"http://169.254.169.254/latest/meta-data\",\"types\":[\"NEW_ORDER\"]}")));
    assertEquals(400, metadata.statusCode(), metadata.body());
    assertTrue(
        metadata
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(metadata.body().contains("link-local"), metadata.body());
    HttpResponse<String> unknown =
        call(
            withKey(key, "/api/v1/webhooks")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"http://127.0.0.1/x\",\"types\":[\"SOLD\"]}")));
    assertEquals(400, unknown.statusCode(), unknown.body());
  }

  /** A key for the cabinet, written where the owner's bot command would write it. */
  private static String apiKeyOf(String sid) throws Exception {
    ApiKeyText key = ApiKeyText.generate(new SecureRandom());
    try (Connection db = DriverManager.getConnection(ItServer.jdbcUrl(), "postgres", "");
        PreparedStatement add =
            db.prepareStatement(
                "insert into api_keys (key_id, cabinet_sid, digest, created_by, created_at)"
                    + " values (?, ?, ?, 1, now())")) {
      add.setString(1, key.id());
      add.setString(2, sid);
      add.setString(3, key.digest());
      add.executeUpdate();
    }
    return key.reveal();
  }

  private int startReceiver(int port) throws IOException {
    receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          var headers = exchange.getRequestHeaders();
          received.add(
              new Received(
                  headers.getFirst(WebhookSignature.DELIVERY_HEADER),
                  headers.getFirst(WebhookSignature.EVENT_HEADER),
                  body,
                  WebhookSignature.verify(
                      secret,
                      headers.getFirst(WebhookSignature.TIMESTAMP_HEADER),
                      headers.getFirst(WebhookSignature.SIGNATURE_HEADER),
                      body,
                      Instant.now())));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    return receiver.getAddress().getPort();
  }

  private Received awaitReceived(Predicate<Received> wanted, long millis)
      throws InterruptedException {
    return awaitReceived(0, wanted, millis);
  }

  /** The first request from the {@code from}-th on that is as wanted. */
  private Received awaitReceived(int from, Predicate<Received> wanted, long millis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < deadline) {
      List<Received> now = List.copyOf(received);
      for (Received r : now.subList(Math.min(from, now.size()), now.size())) {
        if (wanted.test(r)) {
          return r;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("not received in " + millis + " ms; received: " + received);
  }

  /**
   * Polls the history once a second (a key's requests are limited per minute: a 429 is waited out)
   * until the delivery is as wanted.
   */
  private static JsonObject awaitDelivery(
      String key, long subscription, String delivery, Predicate<JsonObject> wanted, long millis)
      throws Exception {
    long deadline = System.currentTimeMillis() + millis;
    JsonObject last = null;
    while (System.currentTimeMillis() < deadline) {
      HttpResponse<String> page =
          call(withKey(key, "/api/v1/webhooks/" + subscription + "/deliveries").GET());
      if (page.statusCode() == 200) {
        for (JsonObject item :
            json(page.body()).getJsonArray("items").getValuesAs(JsonObject.class)) {
          if (Long.toString(item.getJsonNumber("id").longValue()).equals(delivery)) {
            last = item;
            if (wanted.test(item)) {
              return item;
            }
          }
        }
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError("delivery " + delivery + " never as wanted; last: " + last);
  }

  private static HttpRequest.Builder withKey(String key, String path) {
    return HttpRequest.newBuilder(at(path)).header("Authorization", "Bearer " + key);
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
