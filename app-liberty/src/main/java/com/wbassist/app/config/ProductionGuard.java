package com.wbassist.app.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first thing the application does when it starts: in production, refuse to start at all while
 * a setting it cannot run without is missing or malformed — one log line naming each setting, then
 * the application's start fails, so no half-working server takes traffic (its readiness stays
 * DOWN). Every other startup bean depends on this one.
 */
@Startup
@Singleton(name = ProductionGuard.NAME)
public class ProductionGuard {
  public static final String NAME = "ProductionGuard";
  private static final Logger LOG = System.getLogger(ProductionGuard.class.getName());

  /**
   * Where each README setting is read by the code that uses it: the Telegram adapter reads its own
   * keys, which MicroProfile Config also finds under the README's environment names.
   */
  private static final Map<String, String> READ_AS =
      Map.of(
          ProductionSettings.BOT_TOKEN, "telegram.bot-token",
          ProductionSettings.WEBHOOK_SECRET, "telegram.webhook-secret");

  @PostConstruct
  void check() {
    if (RunMode.current().isSandbox()) {
      LOG.log(
          Level.WARNING, "WB Assist runs as a SANDBOX (WB_ASSIST_MODE=sandbox): not for sellers");
      return;
    }
    Config config = ConfigProvider.getConfig();
    List<String> refusals =
        ProductionSettings.refusals(
            name -> config.getOptionalValue(READ_AS.getOrDefault(name, name), String.class));
    if (!refusals.isEmpty()) {
      String line = "WB Assist cannot start in production: " + String.join("; ", refusals);
      LOG.log(Level.ERROR, line);
      throw new IllegalStateException(line);
    }
  }
}
