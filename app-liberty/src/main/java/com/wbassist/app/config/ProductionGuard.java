package com.wbassist.app.config;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In production, the application refuses to start at all while a setting it cannot run without is
 * missing or malformed: one log line naming each such setting (never its value), then a deployment
 * problem, so Liberty starts none of the application — no half-working server takes traffic and its
 * readiness stays DOWN. A CDI extension, so it speaks before any bean is created.
 */
public class ProductionGuard implements Extension {
  private static final Logger LOG = System.getLogger(ProductionGuard.class.getName());

  /**
   * Where each README setting is read by the code that uses it: the Telegram adapter reads its own
   * keys, which MicroProfile Config also finds under the README's environment names.
   */
  private static final Map<String, String> READ_AS =
      Map.of(
          ProductionSettings.BOT_TOKEN, "telegram.bot-token",
          ProductionSettings.WEBHOOK_SECRET, "telegram.webhook-secret");

  void check(@Observes AfterDeploymentValidation deployment) {
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
      deployment.addDeploymentProblem(new IllegalStateException(line));
    }
  }
}
