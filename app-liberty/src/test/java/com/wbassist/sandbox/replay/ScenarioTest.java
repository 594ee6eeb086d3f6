package com.wbassist.sandbox.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static String withRound(String round) {
    return "{\"name\":\"x\",\"seller\":{\"sid\":\"s\"},\"rounds\":[" + round + "]}";
  }

  @Test
  @DisplayName("the public scenarios read into rounds, joins, settings and the chats they talk to")
  void reads() throws Exception {
    try (InputStream in =
        getClass().getResourceAsStream("/scenarios/team-settings-late-rows.json")) {
      Scenario scenario = Scenario.read(Json.createReader(in).readObject());
      assertEquals("team-settings-late-rows", scenario.name());
      assertEquals(4, scenario.rounds().size());
      assertEquals(java.util.List.of(1001L, 1002L), scenario.chats());
      assertEquals(Boolean.FALSE, scenario.rounds().get(2).settings().get(1001L).get("NEW_ORDER"));
    }
  }

  @Test
  @DisplayName("a malformed scenario is refused with a message that says what is wrong")
  void refusesMalformed() {
    assertTrue(
        assertThrows(InvalidScenarioException.class, () -> Scenario.read(json("{\"rounds\":[]}")))
            .getMessage()
            .contains("seller.sid"));
    assertTrue(
        assertThrows(
                InvalidScenarioException.class,
                () -> Scenario.read(json(withRound("{\"at\":\"2026-11-18T09:00:00\",\"wb\":{}}"))))
            .getMessage()
            .contains("join"));
    assertTrue(
        assertThrows(
                InvalidScenarioException.class,
                () ->
                    Scenario.read(json(withRound("{\"at\":\"yesterday\",\"join\":[1],\"wb\":{}}"))))
            .getMessage()
            .contains("Moscow time"));
    assertTrue(
        assertThrows(
                InvalidScenarioException.class,
                () ->
                    Scenario.read(
                        json(
                            withRound(
                                "{\"at\":\"2026-11-18T09:00:00\",\"join\":[1],\"faults\":{\"RETURNS\":[500]},\"wb\":{}}"))))
            .getMessage()
            .contains("unknown fault stream"));
  }
}
