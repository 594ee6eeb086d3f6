package com.wbassist.app.launcher;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code ./mvnw -Prun}: the whole product on one machine with nothing but a JDK. Starts the
 * embedded PostgreSQL unless {@code WB_ASSIST_DB_URL} names a database, then Open Liberty in the
 * foreground against it; Ctrl-C stops Liberty first, then PostgreSQL. Bad configuration is refused
 * before anything starts, in one line (docs/decisions/0001-embedded-postgres-launcher.md).
 */
public final class SandboxLauncher {
  private final LaunchSettings settings;
  private EmbeddedDatabase embedded;
  private LibertyServer liberty;
  private boolean stopped;
  private volatile boolean shuttingDown;

  private SandboxLauncher(LaunchSettings settings) {
    this.settings = settings;
  }

  /** zonky reports every start and stop at INFO; the launcher says what matters itself. */
  private static final Logger ZONKY = Logger.getLogger("io.zonky");

  public static void main(String[] args) {
    ZONKY.setLevel(Level.WARNING);
    int exitCode;
    try {
      exitCode =
          new SandboxLauncher(LaunchSettings.from(System.getenv(), System.getProperties())).run();
    } catch (LaunchRefused refused) {
      System.err.println("WB Assist cannot start: " + refused.getMessage());
      exitCode = 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exitCode = 130;
    }
    if (exitCode != 0) {
      // exec:java runs in Maven's JVM: exiting is the only way to end with one line, not a stack
      // trace.
      System.exit(exitCode);
    }
  }

  static void say(String line) {
    System.out.println("WB Assist: " + line);
    System.out.flush();
  }

  private int run() throws InterruptedException {
    long started = System.nanoTime();
    settings.requireRunnable();
    say(
        settings.mode().isSandbox()
            ? "sandbox mode (no TELEGRAM_BOT_TOKEN given): a WB simulator and a Telegram stand-in"
                + " inside, not for sellers"
            : "production mode");
    PortCheck.requireFree(settings.httpPort(), "the HTTP port", LaunchSettings.HTTP_PORT);
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown, "wb-assist-stop"));
    Map<String, String> environment = databaseEnvironment();
    say("starting Open Liberty on http://localhost:" + settings.httpPort() + "/ ...");
    synchronized (this) {
      liberty = LibertyServer.run(settings.wlpDir(), settings.serverName(), environment);
    }
    ReadinessWatch.start(settings.httpPort(), started, liberty::isRunning);
    int exitCode = liberty.awaitExit();
    stop();
    if (shuttingDown) {
      return 0;
    }
    if (exitCode != 0) {
      say(
          "Liberty ended with exit code "
              + exitCode
              + "; its log is "
              + settings.libertyLogs().resolve("messages.log"));
    }
    return exitCode;
  }

  /** The settings Liberty reads from its environment (server.xml variables). */
  private Map<String, String> databaseEnvironment() {
    String url;
    if (settings.databaseUrl().isPresent()) {
      url = settings.databaseUrl().get();
      ConfiguredDatabase.requireReachable(
          url, settings.databaseUser(), settings.databasePassword());
      say("using the database at " + LaunchSettings.printable(url));
    } else {
      startEmbeddedDatabase();
      url = embedded.jdbcUrl();
    }
    return settings.libertyEnvironment(url);
  }

  private void startEmbeddedDatabase() {
    long started = System.nanoTime();
    boolean firstRun = !settings.dataDirectory().resolve("PG_VERSION").toFile().exists();
    synchronized (this) {
      embedded =
          EmbeddedDatabase.start(
              settings.dataDirectory(), settings.embeddedDatabasePort(), settings.databaseLog());
    }
    say(
        String.format(
            "%s embedded PostgreSQL on port %d in %.1f s, data in %s",
            firstRun ? "created" : "started",
            settings.embeddedDatabasePort(),
            (System.nanoTime() - started) / 1e9,
            settings.dataDirectory()));
  }

  /** Ctrl-C, or the JVM ending for any other reason. */
  private void shutDown() {
    shuttingDown = true;
    stop();
  }

  /**
   * Liberty first, so the application never outlives its database. Runs once: hook or main path.
   */
  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      if (liberty != null && liberty.isRunning()) {
        say("stopping Open Liberty ...");
        liberty.stop();
        say("Open Liberty stopped");
      }
      if (embedded != null) {
        embedded.close();
        say("stopped the embedded PostgreSQL; data kept in " + settings.dataDirectory());
      }
    } catch (Exception e) {
      System.err.println("WB Assist: stopping did not finish cleanly: " + e);
    }
  }
}
