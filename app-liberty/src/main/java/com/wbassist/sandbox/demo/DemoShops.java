package com.wbassist.sandbox.demo;

import com.wbassist.sandbox.SandboxClock;
import com.wbassist.sandbox.wb.SandboxShop;
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
import java.util.Optional;
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

  @Inject
  @ConfigProperty(name = "WB_ASSIST_CRITICAL_STOCK", defaultValue = "2")
  int criticalStock;

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

  /** A demo shop just opened: its sid and the token WB's cabinet would show. */
  public record Opened(String sid, String token) {}

  /** Opens a demo shop with its first activity (and a long past, when large). */
  public Opened open(DemoSize size) {
    String sid = "demo-" + UUID.randomUUID();
    String token = wb.openShop(sid, "ИП Демо", "Демо-магазин");
    DemoShopActivity activity = new DemoShopActivity(sid.hashCode(), criticalStock);
    SandboxShop shop = wb.shop(sid).orElseThrow();
    if (size == DemoSize.LARGE) {
      activity.history(
          clock.instant(), DemoSize.LARGE_WINDOW, DemoSize.LARGE_ORDERS, DemoSize.LARGE_REVIEWS);
      shop.answers(DemoSize.LARGE_PACE);
    }
    shops.put(sid, activity);
    shop.holds(activity.step(clock.instant()));
    return new Opened(sid, token);
  }

  /**
   * Makes one thing happen in a demo shop now; WB holds it at once, the next sync finds it.
   *
   * @return what happened, in the seller's words, or empty when there is no such demo shop
   */
  public Optional<String> happen(String sid, DemoHappening what) {
    DemoShopActivity activity = shops.get(sid);
    Optional<SandboxShop> shop = wb.shop(sid);
    if (activity == null || shop.isEmpty()) {
      return Optional.empty();
    }
    // One at a time per shop: a step running beside it must not hand WB an older state.
    synchronized (activity) {
      String happened = activity.happen(what, clock.instant());
      shop.get().holds(activity.state());
      return Optional.of(happened);
    }
  }

  void step() {
    try {
      shops.forEach(
          (sid, activity) ->
              wb.shop(sid)
                  .ifPresent(
                      shop -> {
                        synchronized (activity) {
                          shop.holds(activity.step(clock.instant()));
                        }
                      }));
    } catch (RuntimeException failed) {
      // A failed step must not cancel the schedule (a thrown exception would end it for good).
      LOG.log(Level.WARNING, "a demo shop step failed: " + failed, failed);
    }
  }
}
