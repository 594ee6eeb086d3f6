package com.wbassist.app.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.app.config.RunMode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {
  private static final Map<Object, Object> BUILD =
      Map.of(
          "wbassist.wlp.dir",
          "/wlp",
          "wbassist.server",
          "wbassist",
          "wbassist.home",
          "/repo/.wb-assist");

  @Test
  @DisplayName(
      "with nothing configured the sandbox uses the embedded database on the documented ports")
  void defaults() {
    LaunchSettings settings = LaunchSettings.from(Map.of(), BUILD);
    assertEquals(9080, settings.httpPort());
    assertEquals(15432, settings.embeddedDatabasePort());
    assertEquals(Optional.empty(), settings.databaseUrl());
    assertEquals("postgres", settings.databaseUser());
    assertTrue(settings.dataDirectory().endsWith(".wb-assist/pgdata"));
  }

  @Test
  @DisplayName("a blank database URL means the embedded database")
  void blankUrl() {
    assertEquals(
        Optional.empty(),
        LaunchSettings.from(Map.of("WB_ASSIST_DB_URL", " "), BUILD).databaseUrl());
  }

  @Test
  @DisplayName("a port that is not a number is refused in one line naming the variable")
  void badPort() {
    LaunchRefused refused =
        assertThrows(
            LaunchRefused.class,
            () -> LaunchSettings.from(Map.of("WB_ASSIST_HTTP_PORT", "80a"), BUILD));
    assertEquals("WB_ASSIST_HTTP_PORT=80a is not a TCP port (1-65535)", refused.getMessage());
  }

  @Test
  @DisplayName("a JDBC URL is printed without its query, which may carry a password")
  void printableUrl() {
    assertEquals(
        "jdbc:postgresql://db:5432/wb?…",
        LaunchSettings.printable("jdbc:postgresql://db:5432/wb?user=a&password=secret"));
    assertEquals("jdbc:postgresql://db/wb", LaunchSettings.printable("jdbc:postgresql://db/wb"));
  }

  @Test
  @DisplayName(
      "without a bot token the run command is a sandbox; with one, or when told, production")
  void modes() {
    assertEquals(RunMode.SANDBOX, LaunchSettings.from(Map.of(), BUILD).mode());
    assertEquals(
        RunMode.PRODUCTION,
        LaunchSettings.from(Map.of("TELEGRAM_BOT_TOKEN", "123:abc"), BUILD).mode());
    assertEquals(
        RunMode.PRODUCTION,
        LaunchSettings.from(Map.of("WB_ASSIST_MODE", "production"), BUILD).mode());
    assertEquals(
        RunMode.SANDBOX,
        LaunchSettings.from(Map.of("WB_ASSIST_MODE", "Sandbox", "TELEGRAM_BOT_TOKEN", "1:a"), BUILD)
            .mode());
    LaunchRefused unknown =
        assertThrows(
            LaunchRefused.class,
            () -> LaunchSettings.from(Map.of("WB_ASSIST_MODE", "demo"), BUILD));
    assertTrue(unknown.getMessage().startsWith("WB_ASSIST_MODE=demo"), unknown.getMessage());
  }

  @Test
  @DisplayName(
      "production without its settings is refused in one line naming each, never their values")
  void productionRefused() {
    LaunchSettings settings =
        LaunchSettings.from(
            Map.of("TELEGRAM_BOT_TOKEN", "123456:secret-part", "TELEGRAM_WEBHOOK_SECRET", "tiny1"),
            BUILD);
    LaunchRefused refused = assertThrows(LaunchRefused.class, settings::requireRunnable);
    String line = refused.getMessage();
    assertFalse(line.contains("\n"), line);
    assertTrue(line.contains("TELEGRAM_WEBHOOK_SECRET is shorter than 16"), line);
    assertTrue(line.contains("WB_ASSIST_TOKEN_KEY is not set"), line);
    assertTrue(line.contains("WB_ASSIST_DB_URL is not set"), line);
    assertFalse(line.contains("TELEGRAM_BOT_TOKEN"), "the bot token is fine: " + line);
    assertFalse(line.contains("secret-part") || line.contains("tiny1"), line);

    LaunchSettings.from(Map.of(), BUILD).requireRunnable(); // the sandbox needs none of them
    LaunchSettings.from(
            Map.of(
                "TELEGRAM_BOT_TOKEN", "123456:secret-part",
                "TELEGRAM_WEBHOOK_SECRET", "0123456789abcdef",
                "WB_ASSIST_TOKEN_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "WB_ASSIST_DB_URL", "jdbc:postgresql://db/wb"),
            BUILD)
        .requireRunnable();
  }

  @Test
  @DisplayName("each of the run command's own settings reaches the launcher and, from it, Liberty")
  void launcherSettings() {
    LaunchSettings settings =
        LaunchSettings.from(
            Map.of(
                "WB_ASSIST_HTTP_PORT", "19090",
                "WB_ASSIST_DB_URL", "jdbc:postgresql://db:5433/wb",
                "WB_ASSIST_DB_USER", "wb",
                "WB_ASSIST_DB_PASSWORD", "pw",
                "WB_ASSIST_EMBEDDED_DB_PORT", "25432",
                "WB_ASSIST_MODE", "sandbox"),
            BUILD);
    assertEquals(25432, settings.embeddedDatabasePort());
    assertEquals(Optional.of("jdbc:postgresql://db:5433/wb"), settings.databaseUrl());
    assertEquals(
        Map.of(
            "WB_ASSIST_HTTP_PORT", "19090",
            "WB_ASSIST_DB_URL", "jdbc:postgresql://db:5433/wb",
            "WB_ASSIST_DB_USER", "wb",
            "WB_ASSIST_DB_PASSWORD", "pw",
            "WB_ASSIST_HOME", java.nio.file.Path.of("/repo/.wb-assist").toAbsolutePath().toString(),
            "WB_ASSIST_MODE", "sandbox"),
        settings.libertyEnvironment("jdbc:postgresql://db:5433/wb"));
  }
}
