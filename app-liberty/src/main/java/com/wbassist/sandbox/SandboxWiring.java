package com.wbassist.sandbox;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.app.wiring.ProductSettings;
import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.sandbox.replay.DeliveryJournal;
import com.wbassist.sandbox.telegram.TelegramStandIn;
import com.wbassist.sandbox.wb.SandboxRateLimits;
import com.wbassist.sandbox.wb.SandboxTokens;
import com.wbassist.sandbox.wb.WbSandbox;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's WB and Telegram, one of each per server, and what it replaces in the application
 * (as CDI alternatives: they exist only when {@link SandboxRegistration} lets the sandbox in): the
 * clock, which a scenario replay can set, and the delivery queue, journalled so a replay can tell
 * which event each sent message carried.
 */
@Alternative
@Priority(SandboxWiring.PRIORITY)
@ApplicationScoped
public class SandboxWiring {
  /** Above the application's own beans (which are not alternatives at all). */
  public static final int PRIORITY = 1000;

  @Inject ProductSettings settings;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_SANDBOX_WB_REQUESTS_PER_SECOND", defaultValue = "50")
  double wbRequestsPerSecond;

  @Produces
  @Singleton
  @Typed(SandboxClock.class)
  SandboxClock sandboxClock() {
    return new SandboxClock(Clock.systemUTC());
  }

  @Produces
  @Singleton
  @Typed(Clock.class)
  Clock clock(SandboxClock sandbox) {
    return sandbox;
  }

  @Produces
  @Singleton
  @Typed(DeliveryJournal.class)
  DeliveryJournal journal(PersistenceAdapters storage) {
    return new DeliveryJournal(storage.deliveries());
  }

  @Produces
  @Singleton
  @Typed(DeliveryQueue.class)
  DeliveryQueue deliveryQueue(DeliveryJournal journal) {
    return journal;
  }

  @Inject
  @ConfigProperty(name = "WB_ASSIST_HTTP_PORT", defaultValue = "9080")
  int httpPort;

  @Produces
  @Singleton
  WbSandbox wb(SandboxClock clock) {
    // Rate limits run on real time: a replay moving WB's clock back must not drain or flood the
    // buckets.
    WbSandbox wb =
        new WbSandbox(
            new SandboxTokens(),
            new SandboxRateLimits(
                Clock.systemUTC(), wbRequestsPerSecond, (int) Math.max(1, wbRequestsPerSecond)),
            clock,
            settings.configuredPageLimit());
    wb.photosAt("http://localhost:" + httpPort + "/sandbox/wb/");
    return wb;
  }

  @Produces
  @Singleton
  TelegramStandIn telegram(SandboxClock clock) {
    return new TelegramStandIn(clock);
  }
}
