package com.wbassist.app.sandbox.demo;

import com.wbassist.app.config.RunMode;
import com.wbassist.app.sandbox.SandboxClock;
import com.wbassist.app.sandbox.wb.WbSandbox;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's demo shops: opened on request, each brought to life every {@code
 * WB_ASSIST_DEMO_STEP_SECONDS}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DemoShops {
  @Resource TimerService timers;
  @Inject WbSandbox wb;
  @Inject SandboxClock clock;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_DEMO_STEP_SECONDS", defaultValue = "30")
  long stepSeconds;

  private final Map<String, DemoShopActivity> shops = new ConcurrentHashMap<>();

  @PostConstruct
  void schedule() {
    if (RunMode.current().isSandbox()) {
      timers.createIntervalTimer(
          stepSeconds * 1000, stepSeconds * 1000, new TimerConfig("demo shops", false));
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

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void step() {
    shops.forEach(
        (sid, activity) ->
            wb.shop(sid).ifPresent(shop -> shop.holds(activity.step(clock.instant()))));
  }
}
