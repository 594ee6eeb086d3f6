package com.wbassist.app.timers;

import com.wbassist.app.extension.BackgroundWorkGate;
import com.wbassist.app.wiring.OperationsMetrics;
import com.wbassist.app.wiring.ProductSettings;
import com.wbassist.application.service.SyncEngine;
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
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Every few seconds (at most every {@code SYNC_INTERVAL}): asks the sync engine to start the
 * cabinets that became due, as many as it has room for; the engine claims more by itself as passes
 * end. Thin on purpose. Every server runs this timer; cabinet leases in the database keep two
 * servers off one cabinet (decision 0610).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SyncTimer {
  private static final Logger LOG = System.getLogger(SyncTimer.class.getName());

  /**
   * How often the engine is asked to start what became due: each cabinet is due at its own time.
   */
  static final Duration TICK = Duration.ofSeconds(5);

  @Resource TimerService timers;
  @Inject SyncEngine engine;
  @Inject BackgroundWorkGate gate;
  @Inject ProductSettings settings;
  @Inject OperationsMetrics metrics;

  private volatile boolean scheduled;

  @PostConstruct
  void schedule() {
    long tick = Math.min(settings.syncInterval().toMillis(), TICK.toMillis());
    // Not persistent: each server keeps its own rhythm, and a missed tick is simply the next one.
    timers.createIntervalTimer(
        tick, Math.max(tick, 1), new TimerConfig("sync due cabinets", false));
    scheduled = true;
    LOG.log(
        Level.INFO,
        "cabinets are synced every "
            + settings.syncInterval().toSeconds()
            + " s, "
            + settings.syncConcurrency()
            + " at once");
  }

  public boolean isScheduled() {
    return scheduled;
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    if (!gate.open()) {
      return; // the sandbox's replay drives sync itself meanwhile
    }
    long started = System.nanoTime();
    try {
      engine.fill();
    } catch (RuntimeException failed) {
      LOG.log(Level.ERROR, "starting due syncs failed; the next tick retries", failed);
    } finally {
      metrics.syncDuration(Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
