package com.wbassist.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunModeTest {
  @Test
  @DisplayName(
      "auto is sandbox without a bot token, production with one; the mode can be forced either way")
  void decide() {
    assertEquals(RunMode.SANDBOX, RunMode.decide(Map.of(), new Properties()));
    assertEquals(
        RunMode.PRODUCTION,
        RunMode.decide(Map.of("TELEGRAM_BOT_TOKEN", "123:abc"), new Properties()));
    Properties token = new Properties();
    token.setProperty("telegram.bot-token", "123:abc");
    assertEquals(RunMode.PRODUCTION, RunMode.decide(Map.of(), token));
    assertEquals(
        RunMode.SANDBOX,
        RunMode.decide(
            Map.of("WB_ASSIST_MODE", "sandbox", "TELEGRAM_BOT_TOKEN", "1:a"), new Properties()));
    assertEquals(
        RunMode.PRODUCTION,
        RunMode.decide(Map.of("WB_ASSIST_MODE", "production"), new Properties()));
    assertThrows(
        IllegalStateException.class,
        () -> RunMode.decide(Map.of("WB_ASSIST_MODE", "demo"), new Properties()));
  }

  @Test
  @DisplayName(
      "the sandbox points the adapters at the WAR's own WB and Telegram and keeps its token key on disk")
  void sandboxConfiguration(@TempDir Path home) throws Exception {
    var env = Map.of("WB_ASSIST_HTTP_PORT", "9999", "WB_ASSIST_HOME", home.toString());
    SandboxConfigSource sandbox = new SandboxConfigSource(RunMode.SANDBOX, env);
    assertEquals(
        "http://localhost:9999/sandbox/wb/statistics", sandbox.getValue("wb.statistics.url"));
    assertEquals("http://localhost:9999/sandbox/telegram", sandbox.getValue("telegram.api-url"));
    String key = sandbox.getValue("wbassist.token-key");
    assertEquals(key, Files.readString(home.resolve("sandbox-token.key")).strip());
    assertEquals(
        key,
        new SandboxConfigSource(RunMode.SANDBOX, env).getValue("wbassist.token-key"),
        "kept across restarts");
    assertTrue(sandbox.getValue("telegram.webhook-secret").startsWith("sandbox-"));
    assertNull(
        new SandboxConfigSource(RunMode.PRODUCTION, env).getValue("telegram.api-url"),
        "production gets nothing from it");
  }
}
