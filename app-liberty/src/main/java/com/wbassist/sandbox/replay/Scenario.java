package com.wbassist.sandbox.replay;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A WB replay scenario (format: {@code shared/scenarios/README.md}), checked as it is read. */
public record Scenario(
    String name, String sid, String sellerName, Integer pageLimit, List<Round> rounds) {

  /** One round of the story. */
  public record Round(
      String at,
      List<Long> join,
      Map<Long, Map<String, Boolean>> settings,
      Map<String, List<Integer>> faults,
      List<Long> blocked,
      JsonObject wb) {}

  /** Reads a scenario, or says plainly what is wrong with it. */
  public static Scenario read(JsonObject json) {
    try {
      JsonObject seller = json.getJsonObject("seller");
      if (seller == null || !seller.containsKey("sid")) {
        throw new InvalidScenarioException("the scenario has no seller.sid");
      }
      JsonArray rounds = json.getJsonArray("rounds");
      if (rounds == null || rounds.isEmpty()) {
        throw new InvalidScenarioException("the scenario has no rounds");
      }
      List<Round> read = new ArrayList<>();
      for (int i = 0; i < rounds.size(); i++) {
        read.add(round(i, rounds.getJsonObject(i)));
      }
      if (read.get(0).join().isEmpty()) {
        throw new InvalidScenarioException("round 0 must have a join: it is the primary sync");
      }
      JsonObject sandbox = json.getJsonObject("sandbox");
      Integer pageLimit =
          sandbox != null && sandbox.containsKey("pageLimit") ? sandbox.getInt("pageLimit") : null;
      if (pageLimit != null && pageLimit < 1) {
        throw new InvalidScenarioException("sandbox.pageLimit must be positive");
      }
      return new Scenario(
          json.getString("name", "scenario"),
          seller.getString("sid"),
          seller.getString("name", "Продавец"),
          pageLimit,
          read);
    } catch (ClassCastException | NullPointerException wrongShape) {
      throw new InvalidScenarioException(
          "the scenario does not have the documented shape: " + wrongShape.getMessage());
    }
  }

  private static Round round(int index, JsonObject round) {
    if (!round.containsKey("at") || !round.containsKey("wb")) {
      throw new InvalidScenarioException("round " + index + " needs \"at\" and \"wb\"");
    }
    try {
      java.time.LocalDateTime.parse(round.getString("at"));
    } catch (java.time.format.DateTimeParseException bad) {
      throw new InvalidScenarioException(
          "round "
              + index
              + ": \"at\" must be a Moscow time as WB writes it, e.g. 2026-11-18T09:00:00");
    }
    Map<Long, Map<String, Boolean>> settings = new LinkedHashMap<>();
    JsonObject settingsJson = round.getJsonObject("settings");
    if (settingsJson != null) {
      settingsJson.forEach(
          (chat, switches) -> {
            Map<String, Boolean> wanted = new LinkedHashMap<>();
            switches
                .asJsonObject()
                .forEach((name, on) -> wanted.put(name, on.equals(JsonValue.TRUE)));
            settings.put(Long.parseLong(chat), wanted);
          });
    }
    Map<String, List<Integer>> faults = new LinkedHashMap<>();
    JsonObject faultsJson = round.getJsonObject("faults");
    if (faultsJson != null) {
      faultsJson.forEach(
          (stream, statuses) -> {
            if (!java.util.Set.of("ORDERS", "SALES", "STOCKS", "FEEDBACKS", "CARDS")
                .contains(stream)) {
              throw new InvalidScenarioException(
                  "round " + index + ": unknown fault stream " + stream);
            }
          });
      faultsJson.forEach(
          (stream, statuses) ->
              faults.put(
                  stream,
                  statuses.asJsonArray().getValuesAs(JsonNumber.class).stream()
                      .map(JsonNumber::intValue)
                      .toList()));
    }
    return new Round(
        round.getString("at"),
        longs(round.getJsonArray("join")),
        settings,
        faults,
        longs(round.getJsonArray("blocked")),
        round.getJsonObject("wb"));
  }

  private static List<Long> longs(JsonArray array) {
    return array == null
        ? List.of()
        : array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
  }

  /** Every chat the scenario talks to. */
  public List<Long> chats() {
    return rounds.stream()
        .flatMap(
            r -> java.util.stream.Stream.concat(r.join().stream(), r.settings().keySet().stream()))
        .distinct()
        .toList();
  }
}
