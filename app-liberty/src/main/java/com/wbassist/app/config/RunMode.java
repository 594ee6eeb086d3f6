package com.wbassist.app.config;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Production or sandbox, decided once from the process environment. A deployed WAR is in production
 * unless told otherwise: only {@code WB_ASSIST_MODE=sandbox} (or the system property {@code
 * wbassist.mode}) makes a sandbox. A missing bot token never turns a server into a sandbox —
 * production refuses to start without one instead (docs/decisions/0601-production-by-default.md).
 * Read from the process, not from MicroProfile Config, because the sandbox itself supplies
 * configuration.
 */
public enum RunMode {
  SANDBOX,
  PRODUCTION;

  public static final String MODE_ENV = "WB_ASSIST_MODE";
  public static final String MODE_PROPERTY = "wbassist.mode";

  private static final RunMode CURRENT = decide(System.getenv(), System.getProperties());

  public static RunMode current() {
    return CURRENT;
  }

  public boolean isSandbox() {
    return this == SANDBOX;
  }

  static RunMode decide(Map<String, String> env, Properties properties) {
    String mode = env.get(MODE_ENV);
    if (mode == null || mode.isBlank()) {
      mode = properties.getProperty(MODE_PROPERTY, "");
    }
    return switch (mode.strip().toLowerCase(Locale.ROOT)) {
      case "sandbox" -> SANDBOX;
      case "production", "" -> PRODUCTION;
      default ->
          throw new IllegalStateException(
              MODE_ENV + "=" + mode.strip() + " is not one of: production (the default), sandbox");
    };
  }
}
