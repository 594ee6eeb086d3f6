package com.wbassist.application.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A WB replay scenario (format: shared/scenarios/README.md), read into rounds and expectations. */
public record Scenario(
    String name,
    String sid,
    String sellerName,
    Integer pageLimit,
    List<Round> rounds,
    List<Expected> expected) {

  /** One round: who joins, settings changed, faults, blocked chats, and the whole WB state. */
  public record Round(
      String at,
      List<Long> join,
      Map<Long, Map<String, Boolean>> settings,
      Map<String, List<Integer>> faults,
      List<Long> blocked,
      JsonNode wb) {}

  /** One notification a correct system sends. */
  public record Expected(int round, long chatId, String type, String key) {}

  public static Scenario read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readString(file));
    List<Round> rounds = new ArrayList<>();
    for (JsonNode round : root.path("rounds")) {
      Map<Long, Map<String, Boolean>> settings = new LinkedHashMap<>();
      round
          .path("settings")
          .fields()
          .forEachRemaining(
              seller -> {
                Map<String, Boolean> switches = new LinkedHashMap<>();
                seller
                    .getValue()
                    .fields()
                    .forEachRemaining(s -> switches.put(s.getKey(), s.getValue().asBoolean()));
                settings.put(Long.parseLong(seller.getKey()), switches);
              });
      Map<String, List<Integer>> faults = new LinkedHashMap<>();
      round
          .path("faults")
          .fields()
          .forEachRemaining(
              f -> {
                List<Integer> statuses = new ArrayList<>();
                f.getValue().forEach(s -> statuses.add(s.asInt()));
                faults.put(f.getKey(), statuses);
              });
      rounds.add(
          new Round(
              round.path("at").asText(),
              longs(round.path("join")),
              settings,
              faults,
              longs(round.path("blocked")),
              round.path("wb")));
    }
    List<Expected> expected = new ArrayList<>();
    for (JsonNode e : root.path("expected")) {
      expected.add(
          new Expected(
              e.path("round").asInt(),
              e.path("chatId").asLong(),
              e.path("type").asText(),
              e.path("key").asText()));
    }
    JsonNode limit = root.path("sandbox").path("pageLimit");
    return new Scenario(
        root.path("name").asText(),
        root.path("seller").path("sid").asText(),
        root.path("seller").path("name").asText(),
        limit.isNumber() ? limit.asInt() : null,
        rounds,
        expected);
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asLong()));
    return values;
  }
}
