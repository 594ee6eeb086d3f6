package com.wbassist.app.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gets the Arquillian-managed server ready before Arquillian starts it: a fresh embedded PostgreSQL
 * on a free port, and a free HTTP port, written into the test server's configDropins. Register it
 * before {@code ArquillianExtension}; one database serves every *IT class of the run.
 */
public final class ItServer implements BeforeAllCallback {
  /** Read by arquillian.xml, so Arquillian talks to the port the server was given. */
  static final String HTTP_PORT_PROPERTY = "wbassist.it.http.port";

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(ItServer.class))
        .getOrComputeIfAbsent(RunningDatabase.class, key -> prepare(), RunningDatabase.class);
  }

  /** The test server's database, for a test that must set up what only the bot would. */
  static final String DB_URL_PROPERTY = "wbassist.it.db.url";

  static String databaseUrl() {
    return System.getProperty(DB_URL_PROPERTY);
  }

  static int httpPort() {
    return Integer.parseInt(System.getProperty(HTTP_PORT_PROPERTY));
  }

  private static RunningDatabase prepare() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      int httpPort = freePort();
      System.setProperty(HTTP_PORT_PROPERTY, Integer.toString(httpPort));
      System.setProperty(DB_URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
      Path overrides = serverDirectory().resolve("configDropins/overrides/it-environment.xml");
      Files.createDirectories(overrides.getParent());
      Files.writeString(
          overrides,
          """
          <server>
            <variable name="WB_ASSIST_DB_URL" value="jdbc:postgresql://localhost:%d/postgres"/>
            <variable name="WB_ASSIST_DB_USER" value="postgres"/>
            <variable name="WB_ASSIST_HTTP_PORT" value="%d"/>
          </server>
          """
              .formatted(postgres.getPort(), httpPort));
      // The sandbox's own configuration (its adapters' base URLs, its key file) reads the process
      // environment.
      Path home = Files.createTempDirectory("wbassist-it-home");
      Files.writeString(
          serverDirectory().resolve("server.env"),
          "WB_ASSIST_MODE=sandbox%nWB_ASSIST_HTTP_PORT=%d%nWB_ASSIST_HOME=%s%n"
              .formatted(httpPort, home));
      return new RunningDatabase(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path serverDirectory() {
    return Path.of(
        System.getProperty("wbassist.it.wlp.dir"),
        "usr/servers",
        System.getProperty("wbassist.it.server"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private record RunningDatabase(EmbeddedPostgres postgres) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      postgres.close();
    }
  }
}
