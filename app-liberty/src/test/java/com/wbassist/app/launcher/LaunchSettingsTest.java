package com.wbassist.app.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
