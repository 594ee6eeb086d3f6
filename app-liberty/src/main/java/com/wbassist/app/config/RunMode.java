package com.wbassist.app.config;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Sandbox or production, decided once from the process environment: {@code WB_ASSIST_MODE} ({@code
 * sandbox}, {@code production}, or {@code auto}, the default), where auto means sandbox exactly
 * when no Telegram bot token is configured ({@code TELEGRAM_BOT_TOKEN} or the system property
 * {@code telegram.bot-token}). Read from the process, not from MicroProfile Config, because the
 * sandbox itself supplies configuration (docs/decisions/0501).
 */
public enum RunMode {
  SANDBOX,
  PRODUCTION;

  public static final String MODE_ENV = "WB_ASSIST_MODE";
  public static final String BOT_TOKEN_ENV = "TELEGRAM_BOT_TOKEN";

  private static final RunMode CURRENT = decide(System.getenv(), System.getProperties());

  public static RunMode current() {
    return CURRENT;
  }

  public boolean isSandbox() {
    return this == SANDBOX;
  }

  static RunMode decide(Map<String, String> env, Properties properties) {
    String mode =
        env.getOrDefault(MODE_ENV, properties.getProperty("wbassist.mode", "auto"))
            .strip()
            .toLowerCase(Locale.ROOT);
    return switch (mode) {
      case "sandbox" -> SANDBOX;
      case "production" -> PRODUCTION;
      case "auto", "" ->
          blank(env.get(BOT_TOKEN_ENV)) && blank(properties.getProperty("telegram.bot-token"))
              ? SANDBOX
              : PRODUCTION;
      default ->
          throw new IllegalStateException(
              MODE_ENV + "=" + mode + " is not one of sandbox, production, auto");
    };
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
