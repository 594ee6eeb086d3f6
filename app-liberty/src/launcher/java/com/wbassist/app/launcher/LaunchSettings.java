package com.wbassist.app.launcher;

import com.wbassist.app.config.ProductionSettings;
import com.wbassist.app.config.RunMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher needs: where the build put Liberty, where the sandbox keeps its state, and the
 * environment values README.md documents. The password is never printed.
 */
record LaunchSettings(
    Path wlpDir,
    String serverName,
    Path home,
    int httpPort,
    Optional<String> databaseUrl,
    String databaseUser,
    String databasePassword,
    int embeddedDatabasePort,
    RunMode mode,
    List<String> productionRefusals) {

  static final String HTTP_PORT = "WB_ASSIST_HTTP_PORT";
  static final String DB_URL = "WB_ASSIST_DB_URL";
  static final String DB_USER = "WB_ASSIST_DB_USER";
  static final String DB_PASSWORD = "WB_ASSIST_DB_PASSWORD";
  static final String EMBEDDED_DB_PORT = "WB_ASSIST_EMBEDDED_DB_PORT";

  static LaunchSettings from(Map<String, String> env, Map<Object, Object> properties) {
    return new LaunchSettings(
        Path.of(required(properties, "wbassist.wlp.dir")),
        required(properties, "wbassist.server"),
        Path.of(required(properties, "wbassist.home")),
        port(env, HTTP_PORT, 9080),
        Optional.ofNullable(env.get(DB_URL)).filter(url -> !url.isBlank()),
        env.getOrDefault(DB_USER, "postgres"),
        env.getOrDefault(DB_PASSWORD, ""),
        port(env, EMBEDDED_DB_PORT, 15432),
        mode(env),
        ProductionSettings.refusals(name -> Optional.ofNullable(env.get(name))));
  }

  /**
   * The run command is a sandbox unless told otherwise: {@code WB_ASSIST_MODE} when given, else
   * production exactly when a bot token is given (README.md, "The two commands").
   */
  static RunMode mode(Map<String, String> env) {
    String mode = env.getOrDefault(RunMode.MODE_ENV, "").strip().toLowerCase(Locale.ROOT);
    return switch (mode) {
      case "sandbox" -> RunMode.SANDBOX;
      case "production" -> RunMode.PRODUCTION;
      case "" ->
          env.getOrDefault(ProductionSettings.BOT_TOKEN, "").isBlank()
              ? RunMode.SANDBOX
              : RunMode.PRODUCTION;
      default ->
          throw new LaunchRefused(
              RunMode.MODE_ENV + "=" + mode + " is not one of: production, sandbox");
    };
  }

  /**
   * What Liberty is started with (server.xml variables read from the environment): the port, the
   * database the launcher checked or started, where the sandbox keeps its key, and the mode. Other
   * settings reach Liberty by being in the launcher's own environment, which Liberty inherits.
   */
  Map<String, String> libertyEnvironment(String databaseUrl) {
    return Map.of(
        HTTP_PORT,
        Integer.toString(httpPort),
        DB_URL,
        databaseUrl,
        DB_USER,
        databaseUser,
        DB_PASSWORD,
        databasePassword,
        // Where the sandbox keeps its token-encryption key, beside the embedded database's data.
        "WB_ASSIST_HOME",
        home.toAbsolutePath().toString(),
        RunMode.MODE_ENV,
        mode.name().toLowerCase(Locale.ROOT));
  }

  /** Production starts only with every setting it needs; all that is wrong said in one line. */
  void requireRunnable() {
    if (mode == RunMode.PRODUCTION && !productionRefusals.isEmpty()) {
      throw new LaunchRefused("production mode: " + String.join("; ", productionRefusals));
    }
  }

  /** A JDBC URL may carry {@code ?password=...}: only the part before the query is ever printed. */
  static String printable(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
  }

  Path dataDirectory() {
    return home.resolve("pgdata");
  }

  Path databaseLog() {
    return home.resolve("postgres.log");
  }

  Path libertyLogs() {
    return wlpDir.resolve("usr/servers").resolve(serverName).resolve("logs");
  }

  private static String required(Map<Object, Object> properties, String name) {
    Object value = properties.get(name);
    if (value == null) {
      throw new LaunchRefused(
          "start the sandbox with ./mvnw -Prun (system property " + name + " is missing)");
    }
    return value.toString();
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // fall through to the refusal below
    }
    throw new LaunchRefused(name + "=" + value + " is not a TCP port (1-65535)");
  }
}
