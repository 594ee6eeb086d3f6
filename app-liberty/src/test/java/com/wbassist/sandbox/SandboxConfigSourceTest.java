package com.wbassist.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.app.config.RunMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxConfigSourceTest {
  @Test
  @DisplayName(
      "the sandbox points the adapters at the WAR's own WB and Telegram and keeps its token key on disk")
  void sandboxConfiguration(@TempDir Path home) throws Exception {
    var env = Map.of("WB_ASSIST_HTTP_PORT", "9999", "WB_ASSIST_HOME", home.toString());
    SandboxConfigSource sandbox = new SandboxConfigSource(RunMode.SANDBOX, env);
    assertEquals(
        "http://localhost:9999/sandbox/wb/statistics", sandbox.getValue("wb.statistics.url"));
    assertEquals("http://localhost:9999/sandbox/telegram", sandbox.getValue("telegram.api-url"));
    String key = sandbox.getValue("WB_ASSIST_TOKEN_KEY");
    assertEquals(key, Files.readString(home.resolve("sandbox-token.key")).strip());
    assertEquals(
        key,
        new SandboxConfigSource(RunMode.SANDBOX, env).getValue("WB_ASSIST_TOKEN_KEY"),
        "kept across restarts");
    assertTrue(sandbox.getValue("telegram.webhook-secret").startsWith("sandbox-"));
    assertEquals("admin", sandbox.getValue("WB_ASSIST_ADMIN_USER"));
    assertEquals(
        "wb_assist_sandbox_bot",
        sandbox.getValue("WB_ASSIST_BOT_USERNAME"),
        "invite links name the sandbox's bot");
  }

  @Test
  @DisplayName("in production it supplies nothing at all")
  void nothingInProduction(@TempDir Path home) {
    SandboxConfigSource production =
        new SandboxConfigSource(RunMode.PRODUCTION, Map.of("WB_ASSIST_HOME", home.toString()));
    assertTrue(production.getPropertyNames().isEmpty());
    assertNull(production.getValue("telegram.api-url"));
    assertNull(production.getValue("WB_ASSIST_ADMIN_USER"));
  }
}
