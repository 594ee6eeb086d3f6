package com.wbassist.sandbox;

import com.wbassist.app.config.RunMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * In sandbox mode, the configuration that points the real adapters at the WAR's own WB simulator
 * and Telegram stand-in, with a sandbox bot token, a webhook secret, and a token-encryption key
 * kept in the data directory so stored tokens stay readable across restarts. Its ordinal is low:
 * anything configured by environment, system property or server.xml wins. In production mode it
 * supplies nothing.
 */
public final class SandboxConfigSource implements org.eclipse.microprofile.config.spi.ConfigSource {
  public static final String SANDBOX_BOT_TOKEN = "700000001:sandbox-bot-token";
  public static final String SANDBOX_BOT_USERNAME = "wb_assist_sandbox_bot";
  public static final String SANDBOX_ADMIN_USER = "admin";
  public static final String SANDBOX_ADMIN_PASSWORD = "sandbox";

  private final Map<String, String> values;

  public SandboxConfigSource() {
    this(RunMode.current(), System.getenv());
  }

  SandboxConfigSource(RunMode mode, Map<String, String> env) {
    this.values = mode.isSandbox() ? sandboxValues(env) : Map.of();
  }

  private static Map<String, String> sandboxValues(Map<String, String> env) {
    String port = env.getOrDefault("WB_ASSIST_HTTP_PORT", "9080");
    String base = "http://localhost:" + port;
    Map<String, String> values = new HashMap<>();
    values.put("wb.statistics.url", base + "/sandbox/wb/statistics");
    values.put("wb.feedbacks.url", base + "/sandbox/wb/feedbacks");
    values.put("wb.content.url", base + "/sandbox/wb/content");
    values.put("wb.analytics.url", base + "/sandbox/wb/analytics");
    values.put("wb.common.url", base + "/sandbox/wb/common");
    // The simulator keeps its own (generous) limits; WB's real ones would make a demo crawl.
    values.put("wb.limit.enabled", "false");
    values.put("telegram.api-url", base + "/sandbox/telegram");
    values.put("telegram.bot-token", SANDBOX_BOT_TOKEN);
    // Invite links name the bot (t.me/<bot>?start=team_…); the sandbox's chats follow them as
    // "/start team_…" sent to /api/sandbox/chats/{id}/messages.
    values.put("WB_ASSIST_BOT_USERNAME", SANDBOX_BOT_USERNAME);
    // Card photos come from the WB simulator: plain http on localhost, beside WB's own hosts.
    values.put("telegram.photo-hosts", "wbbasket.ru,wbstatic.net,http://localhost");
    values.put(
        "telegram.webhook-secret",
        "sandbox-" + randomKey(18).replace('+', '-').replace('/', '_').replace("=", ""));
    values.put("WB_ASSIST_TOKEN_KEY", sandboxTokenKey(env));
    // The admin API needs credentials in the sandbox too (the same security as production); these
    // are printed in README.md and only ever valid in sandbox mode.
    values.put("WB_ASSIST_ADMIN_USER", SANDBOX_ADMIN_USER);
    values.put("WB_ASSIST_ADMIN_PASSWORD", SANDBOX_ADMIN_PASSWORD);
    return Map.copyOf(values);
  }

  /** The sandbox's token key, made once and kept beside the embedded database. */
  static String sandboxTokenKey(Map<String, String> env) {
    Path home =
        Path.of(
            env.getOrDefault("WB_ASSIST_HOME", System.getProperty("user.home") + "/.wb-assist"));
    Path file = home.resolve("sandbox-token.key");
    try {
      if (Files.exists(file)) {
        return Files.readString(file).strip();
      }
      Files.createDirectories(home);
      String key = randomKey(32);
      Files.writeString(file, key);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the file system's own permissions apply.
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the sandbox token key in " + file, e);
    }
  }

  private static String randomKey(int bytes) {
    byte[] key = new byte[bytes];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  @Override
  public Set<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return values.get(propertyName);
  }

  @Override
  public String getName() {
    return "wb-assist-sandbox";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }
}
