package com.wbassist.app.sandbox;

import com.wbassist.app.sandbox.telegram.TelegramStandIn;
import com.wbassist.app.sandbox.wb.SandboxRateLimits;
import com.wbassist.app.sandbox.wb.SandboxTokens;
import com.wbassist.app.sandbox.wb.WbSandbox;
import com.wbassist.app.wiring.ProductSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's WB and Telegram, one of each per server. Harmless in production: their endpoints
 * answer 404 there.
 */
@ApplicationScoped
public class SandboxWiring {
  @Inject ProductSettings settings;

  @Inject
  @ConfigProperty(name = "wbassist.sandbox.wb-requests-per-second", defaultValue = "50")
  double wbRequestsPerSecond;

  @Produces
  @Singleton
  WbSandbox wb(SandboxClock clock) {
    // Rate limits run on real time: a replay moving WB's clock back must not drain or flood the
    // buckets.
    return new WbSandbox(
        new SandboxTokens(),
        new SandboxRateLimits(
            java.time.Clock.systemUTC(),
            wbRequestsPerSecond,
            (int) Math.max(1, wbRequestsPerSecond)),
        clock,
        settings.configuredPageLimit());
  }

  @Produces
  @Singleton
  TelegramStandIn telegram(SandboxClock clock) {
    return new TelegramStandIn(clock);
  }
}
