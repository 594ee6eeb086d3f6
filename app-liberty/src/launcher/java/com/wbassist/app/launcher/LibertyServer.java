package com.wbassist.app.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Open Liberty's {@code server run}: the server's own JVM, in the foreground, sharing the console.
 */
final class LibertyServer {
  private static final long STOP_WAIT_SECONDS = 60;

  private final Process process;

  private LibertyServer(Process process) {
    this.process = process;
  }

  static LibertyServer run(Path wlpDir, String serverName, Map<String, String> environment) {
    Path script = wlpDir.resolve("bin/server");
    if (!Files.isExecutable(script)) {
      throw new LaunchRefused(
          "no Liberty runtime at " + wlpDir + ": start the sandbox with ./mvnw -Prun");
    }
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "run", serverName).inheritIO();
    builder.environment().putAll(environment);
    // Liberty runs on the JDK the build runs on (17, 21, 25 ...), whatever JAVA_HOME says.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    try {
      return new LibertyServer(builder.start());
    } catch (IOException e) {
      throw new LaunchRefused("could not start " + script + ": " + e.getMessage());
    }
  }

  int awaitExit() throws InterruptedException {
    return process.waitFor();
  }

  boolean isRunning() {
    return process.isAlive();
  }

  /**
   * Ctrl-C reaches Liberty directly (same process group) and it stops by itself; otherwise ask it
   * with SIGTERM, which Liberty also handles as a clean shutdown.
   */
  void stop() throws InterruptedException {
    if (process.waitFor(5, TimeUnit.SECONDS)) {
      return;
    }
    process.destroy();
    if (!process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
