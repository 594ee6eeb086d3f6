package com.wbassist.app.launcher;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad configuration is refused before anything starts, in one line a person can act on. */
class StartupChecksTest {

  @Test
  @DisplayName("a port something listens on is refused, naming the setting that moves it")
  void portTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0)) {
      LaunchRefused refused =
          assertThrows(
              LaunchRefused.class,
              () ->
                  PortCheck.requireFree(
                      taken.getLocalPort(), "the HTTP port", "WB_ASSIST_HTTP_PORT"));
      assertTrue(refused.getMessage().contains("already in use"), refused.getMessage());
      assertTrue(refused.getMessage().contains("WB_ASSIST_HTTP_PORT"), refused.getMessage());
    }
  }

  @Test
  @DisplayName("a database that does not answer is refused without printing the password")
  void databaseDown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    LaunchRefused refused =
        assertThrows(
            LaunchRefused.class,
            () ->
                ConfiguredDatabase.requireReachable(
                    "jdbc:postgresql://localhost:" + closedPort + "/wb?password=hunter2",
                    "wb",
                    "hunter2"));
    assertTrue(
        refused.getMessage().startsWith("cannot connect to WB_ASSIST_DB_URL="),
        refused.getMessage());
    assertTrue(!refused.getMessage().contains("hunter2"), refused.getMessage());
    assertTrue(!refused.getMessage().contains("\n"), refused.getMessage());
  }

  @Test
  @DisplayName("a URL for another database is refused before connecting")
  void notPostgres() {
    LaunchRefused refused =
        assertThrows(
            LaunchRefused.class,
            () -> ConfiguredDatabase.requireReachable("jdbc:mysql://localhost/wb", "wb", ""));
    assertTrue(refused.getMessage().contains("not a PostgreSQL JDBC URL"), refused.getMessage());
  }
}
