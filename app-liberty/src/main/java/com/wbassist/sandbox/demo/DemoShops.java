package com.wbassist.sandbox.demo;

import com.wbassist.sandbox.SandboxClock;
import com.wbassist.sandbox.wb.WbSandbox;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's demo shops: opened on request, each brought to life every {@code
 * WB_ASSIST_DEMO_STEP_SECONDS} on the server's managed scheduler.
 */
@ApplicationScoped
public class DemoShops {
  private static final Logger LOG = System.getLogger(DemoShops.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject WbSandbox wb;
  @Inject SandboxClock clock;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_DEMO_STEP_SECONDS", defaultValue = "30")
  long stepSeconds;

  private final Map<String, DemoShopActivity> shops = new ConcurrentHashMap<>();
  private ScheduledFuture<?> steps;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    steps = scheduler.scheduleAtFixedRate(this::step, stepSeconds, stepSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (steps != null) {
      steps.cancel(false);
    }
  }

  /** Opens a demo shop with its first activity; returns its sid and token. */
  public Map<String, String> open() {
    String sid = "demo-" + UUID.randomUUID();
    String token = wb.openShop(sid, "ИП Демо", "Демо-магазин");
    DemoShopActivity activity = new DemoShopActivity(sid.hashCode());
    shops.put(sid, activity);
    wb.shop(sid).orElseThrow().holds(activity.step(clock.instant()));
    return Map.of("sid", sid, "token", token);
  }

  void step() {
    try {
      shops.forEach(
          (sid, activity) ->
              wb.shop(sid).ifPresent(shop -> shop.holds(activity.step(clock.instant()))));
    } catch (RuntimeException failed) {
      // A failed step must not cancel the schedule (a thrown exception would end it for good).
      LOG.log(Level.WARNING, "a demo shop step failed: " + failed, failed);
    }
  }
}
