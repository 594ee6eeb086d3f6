package com.wbassist.app.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The sandbox's PostgreSQL: real PostgreSQL 16 binaries from Maven Central, on a known port, with
 * its data kept between runs. Development only: zonky runs it with fsync off.
 */
final class EmbeddedDatabase implements AutoCloseable {
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final EmbeddedPostgres postgres;
  private final int port;

  private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
    this.postgres = postgres;
    this.port = port;
  }

  static EmbeddedDatabase start(Path dataDirectory, int port, Path log) {
    refuseWhenAnEarlierRunIsAlive(dataDirectory);
    PortCheck.requireFree(port, "the embedded database's port", LaunchSettings.EMBEDDED_DB_PORT);
    try {
      Files.createDirectories(dataDirectory);
      Redirect toLog = Redirect.appendTo(log.toFile());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              // The launcher stops PostgreSQL itself, after Liberty: see SandboxLauncher.stop().
              .setRegisterShutdownHook(false)
              .setOutputRedirector(toLog)
              .setErrorRedirector(toLog)
              .setPGStartupWait(STARTUP_WAIT)
              .start();
      return new EmbeddedDatabase(postgres, port);
    } catch (IOException | RuntimeException e) {
      throw new LaunchRefused(
          "the embedded PostgreSQL did not start (" + e.getMessage() + "); its log is " + log);
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /**
   * A launcher killed with -9 leaves its postgres running on the data directory: say so plainly.
   */
  private static void refuseWhenAnEarlierRunIsAlive(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isReadable(pidFile)) {
      return;
    }
    try {
      String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).get(0).trim();
      long pid = Long.parseLong(firstLine);
      Optional<ProcessHandle> postgres = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
      if (postgres.isPresent() && isPostgres(postgres.get())) {
        throw new LaunchRefused(
            "a PostgreSQL from an earlier run still uses "
                + dataDirectory
                + " (pid "
                + pid
                + "); stop it with: kill "
                + pid);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof LaunchRefused refused) {
        throw refused;
      }
      // An unreadable or stale pid file: PostgreSQL itself decides at start.
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
  }
}
