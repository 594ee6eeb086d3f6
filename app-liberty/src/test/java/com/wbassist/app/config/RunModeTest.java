package com.wbassist.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RunModeTest {
  @Test
  @DisplayName("a deployed WAR is in production unless told otherwise, even without a bot token")
  void productionByDefault() {
    assertEquals(RunMode.PRODUCTION, RunMode.decide(Map.of(), new Properties()));
    assertEquals(
        RunMode.PRODUCTION, RunMode.decide(Map.of("WB_ASSIST_MODE", " "), new Properties()));
    assertEquals(
        RunMode.PRODUCTION,
        RunMode.decide(Map.of("WB_ASSIST_MODE", "production"), new Properties()));
  }

  @Test
  @DisplayName("sandbox only when asked for, by environment or system property")
  void sandboxWhenAsked() {
    assertEquals(
        RunMode.SANDBOX, RunMode.decide(Map.of("WB_ASSIST_MODE", "sandbox"), new Properties()));
    Properties asked = new Properties();
    asked.setProperty("wbassist.mode", "sandbox");
    assertEquals(RunMode.SANDBOX, RunMode.decide(Map.of(), asked));
  }

  @Test
  @DisplayName("an unknown mode stops the start instead of guessing (the old 'auto' among them)")
  void unknownMode() {
    assertThrows(
        IllegalStateException.class,
        () -> RunMode.decide(Map.of("WB_ASSIST_MODE", "auto"), new Properties()));
    assertThrows(
        IllegalStateException.class,
        () -> RunMode.decide(Map.of("WB_ASSIST_MODE", "demo"), new Properties()));
  }
}
