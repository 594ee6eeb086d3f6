package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario — the copies in the test resources and, beside the repository, every file of
 * {@code ../shared/scenarios} — replayed through the deployed WAR's {@code POST
 * /api/sandbox/replay}: the bot's webhook, the WB sandbox, the WB adapter, detection, PostgreSQL,
 * the outbox, dispatch, the Telegram adapter and the stand-in. The notifications must be exactly
 * the expected ones, {@code NEW_ORDER} before {@code ORDER_CANCELLED} of one order; a scenario
 * replayed twice gives the same answer (replays are isolated).
 */
class ScenarioReplayIT extends OnTheBuiltWar {
  private final HttpClient http = HttpClient.newHttpClient();

  @TestFactory
  Stream<DynamicTest> everyScenarioReplaysWithExactlyTheExpectedNotifications()
      throws IOException, URISyntaxException {
    Map<String, Path> files = new TreeMap<>();
    List<Path> dirs = new ArrayList<>();
    dirs.add(Path.of(ScenarioReplayIT.class.getResource("/scenarios").toURI()));
    Path shared =
        Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("scenarios");
    if (Files.isDirectory(shared)) {
      dirs.add(shared);
    }
    for (Path dir : dirs) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".json"))
            .forEach(p -> files.put(p.getFileName() + " from " + dir, p));
      }
    }
    assertFalse(files.isEmpty());
    return files.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> replayAndCompare(e.getValue())));
  }

  private void replayAndCompare(Path file) throws IOException, InterruptedException {
    String scenario = Files.readString(file);
    JsonObject story = Json.createReader(new StringReader(scenario)).readObject();
    List<String> expected = lines(story.getJsonArray("expected").getValuesAs(JsonObject.class));

    JsonObject answer = replay(scenario);
    assertEquals(story.getString("name"), answer.getString("scenario"));
    List<JsonObject> sent = answer.getJsonArray("notifications").getValuesAs(JsonObject.class);
    List<String> actual = lines(sent);
    assertEquals(expected, actual, "notifications of " + file.getFileName());
    assertTrue(
        sent.stream().allMatch(n -> !n.getString("text").isBlank()),
        "every notification has its text");
    for (int i = 0; i < sent.size(); i++) {
      JsonObject cancelled = sent.get(i);
      if (cancelled.getString("type").equals("ORDER_CANCELLED")) {
        boolean orderLater =
            sent.subList(i, sent.size()).stream()
                .anyMatch(
                    n ->
                        n.getString("type").equals("NEW_ORDER")
                            && n.getString("key").equals(cancelled.getString("key"))
                            && n.getJsonNumber("chatId").equals(cancelled.getJsonNumber("chatId")));
        assertFalse(
            orderLater, "NEW_ORDER comes before ORDER_CANCELLED for " + cancelled.getString("key"));
      }
    }

    List<String> again =
        lines(replay(scenario).getJsonArray("notifications").getValuesAs(JsonObject.class));
    assertEquals(
        expected, again, "a second replay of " + file.getFileName() + " starts from nothing");
  }

  /** "round chatId type key", sorted: order inside a round does not matter. */
  private static List<String> lines(List<JsonObject> notifications) {
    return notifications.stream()
        .map(
            n ->
                n.getInt("round")
                    + " "
                    + n.getJsonNumber("chatId").longValue()
                    + " "
                    + n.getString("type")
                    + " "
                    + n.getString("key"))
        .sorted()
        .toList();
  }

  private JsonObject replay(String scenario) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + ItServer.httpPort() + "/api/sandbox/replay"))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(scenario))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    try {
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (RuntimeException notJson) {
      throw new UncheckedIOException(new IOException("not JSON: " + response.body()));
    }
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.DisplayName(
      "a body that is not a scenario is a 400 that says what is wrong")
  void badScenario() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + ItServer.httpPort() + "/api/sandbox/replay"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"rounds\":[]}"))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("seller.sid"), response.body());
  }
}
