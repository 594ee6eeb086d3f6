package com.wbassist.app.it.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An Open Liberty server set up exactly as docs/operations.md tells an operations team: a new
 * server from the plain runtime ({@code server create}), the product's {@code server.xml}, the
 * PostgreSQL driver in {@code lib/global}, the WAR in {@code dropins/}, every setting in {@code
 * server.env}; started and stopped with {@code server start} / {@code server stop}.
 */
public final class PlainLiberty {
  private final Path wlp;
  private final String name;

  private PlainLiberty(Path wlp, String name) {
    this.wlp = wlp;
    this.name = name;
  }

  /** Steps 1–4 of docs/operations.md ("Deploy on a plain Open Liberty"). */
  public static PlainLiberty create(
      Path wlp, String name, Path serverXml, Path war, Path jdbcDriver) throws IOException {
    PlainLiberty server = new PlainLiberty(wlp, name);
    deleteRecursively(server.directory());
    server.run("create", Duration.ofMinutes(2));
    Files.copy(
        serverXml, server.directory().resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
    Path global = Files.createDirectories(server.directory().resolve("lib/global"));
    Files.copy(jdbcDriver, global.resolve(jdbcDriver.getFileName()));
    Path dropins = Files.createDirectories(server.directory().resolve("dropins"));
    Files.copy(war, dropins.resolve("wb-assist.war"));
    return server;
  }

  /**
   * The PostgreSQL driver the build put in the IT server's {@code lib/global}: what step 3 of
   * docs/operations.md copies.
   */
  public static Path jdbcDriver(Path wlp) throws IOException {
    Path global =
        wlp.resolve("usr/servers")
            .resolve(System.getProperty("wbassist.it.server"))
            .resolve("lib/global");
    try (Stream<Path> jars = Files.list(global)) {
      return jars.filter(jar -> jar.getFileName().toString().startsWith("postgresql"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no PostgreSQL driver in " + global));
    }
  }

  public Path directory() {
    return wlp.resolve("usr/servers").resolve(name);
  }

  /** Step 5: the settings, one {@code NAME=value} line each, in the server's {@code server.env}. */
  public void settings(Map<String, String> settings) throws IOException {
    Files.writeString(
        directory().resolve("server.env"),
        settings.entrySet().stream()
            .map(setting -> setting.getKey() + "=" + setting.getValue())
            .collect(Collectors.joining("\n", "", "\n")));
  }

  public void start() {
    run("start", Duration.ofMinutes(3));
  }

  public void stop() {
    run("stop", Duration.ofMinutes(2));
  }

  /** Everything the server wrote to its logs folder, every file. */
  public String logs() throws IOException {
    Path logs = directory().resolve("logs");
    if (!Files.isDirectory(logs)) {
      return "";
    }
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(logs)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.append(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }

  /** The server's own messages log, decoded, for assertions on what it said. */
  public List<String> messages() throws IOException {
    Path messages = directory().resolve("logs/messages.log");
    return Files.exists(messages) ? Files.readAllLines(messages) : List.of();
  }

  /** Keeps this run's logs under another name (for a reader after a failure), starting afresh. */
  public void setLogsAside(String name) throws IOException {
    Path aside = directory().resolve(name);
    deleteRecursively(aside);
    if (Files.exists(directory().resolve("logs"))) {
      Files.move(directory().resolve("logs"), aside);
    }
  }

  /** Polls {@code url} until it answers 200 or {@code within} ran out; answers the last status. */
  public static int awaitStatus(URI url, int wanted, Duration within) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + within.toNanos();
    int status = 0;
    while (System.nanoTime() < deadline) {
      try {
        status =
            http.send(
                    HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == wanted) {
          return status;
        }
      } catch (IOException notYet) {
        status = 0;
      }
      Thread.sleep(500);
    }
    return status;
  }

  private void run(String action, Duration within) {
    List<String> command =
        new ArrayList<>(List.of(wlp.resolve("bin/server").toString(), action, name));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      Process process = builder.start();
      if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("server " + action + " " + name + " took over " + within);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
