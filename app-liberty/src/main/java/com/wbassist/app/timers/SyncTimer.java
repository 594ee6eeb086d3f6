package com.wbassist.app.timers;

import com.wbassist.app.extension.BackgroundWorkGate;
import com.wbassist.app.wiring.DispatchNudge;
import com.wbassist.app.wiring.OperationsMetrics;
import com.wbassist.app.wiring.ProductSettings;
import com.wbassist.application.port.in.SyncDueCabinets;
import com.wbassist.application.port.in.SyncReport;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every {@code SYNC_INTERVAL} seconds: sync the cabinets that are due, then nudge dispatch. Thin on
 * purpose — it calls one use case. Every server runs this timer; cabinet leases in the database
 * keep two servers off one cabinet.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SyncTimer {
  private static final Logger LOG = System.getLogger(SyncTimer.class.getName());

  @Resource TimerService timers;
  @Inject SyncDueCabinets sync;
  @Inject DispatchNudge dispatch;
  @Inject BackgroundWorkGate gate;
  @Inject ProductSettings settings;
  @Inject OperationsMetrics metrics;

  private final AtomicBoolean ticking = new AtomicBoolean();
  private volatile boolean scheduled;

  @PostConstruct
  void schedule() {
    long interval = settings.syncInterval().toMillis();
    // Not persistent: each server keeps its own rhythm, and a missed tick is simply the next one.
    timers.createIntervalTimer(
        Math.min(interval, 10_000), interval, new TimerConfig("sync due cabinets", false));
    scheduled = true;
    LOG.log(Level.INFO, "cabinets are synced every " + settings.syncInterval().toSeconds() + " s");
  }

  public boolean isScheduled() {
    return scheduled;
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    if (!ticking.compareAndSet(false, true)) {
      return;
    }
    if (!gate.enter()) {
      ticking.set(false);
      return;
    }
    long started = System.nanoTime();
    try {
      List<SyncReport> reports = sync.syncDue();
      reports.forEach(metrics::synced);
      if (reports.stream().anyMatch(r -> r.events() > 0)) {
        dispatch.dispatchSoon();
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.ERROR, "sync tick failed; the next tick retries", failed);
    } finally {
      metrics.syncDuration(Duration.ofNanos(System.nanoTime() - started));
      gate.leave();
      ticking.set(false);
    }
  }
}
