package com.wbassist.app.timers;

import com.wbassist.app.extension.BackgroundWorkGate;
import com.wbassist.app.wiring.DispatchNudge;
import com.wbassist.application.port.in.PlanDailySummaries;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every minute: plans the daily summaries whose time has come, then asks for a dispatch, which
 * sends them once live news is out. Thin: it calls one use case. Every server runs it (decision
 * 0624): a summary is planned once per seller and day whoever plans it, and a server starting after
 * a seller's time plans what was missed that day.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DailySummaryTimer {
  static final long INTERVAL_MILLIS = 60_000;
  private static final long FIRST_AFTER_MILLIS = 15_000;
  private static final Logger LOG = System.getLogger(DailySummaryTimer.class.getName());

  @Resource TimerService timers;
  @Inject PlanDailySummaries planning;
  @Inject DispatchNudge dispatch;
  @Inject BackgroundWorkGate gate;

  private volatile boolean scheduled;
  private final AtomicBoolean ticking = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    // Not persistent: a missed tick is simply the next one, which plans what is due by then.
    timers.createIntervalTimer(
        FIRST_AFTER_MILLIS, INTERVAL_MILLIS, new TimerConfig("plan daily summaries", false));
    scheduled = true;
  }

  public boolean isScheduled() {
    return scheduled;
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    if (!gate.open() || !ticking.compareAndSet(false, true)) {
      return; // the sandbox's replay owns the clock meanwhile, or the last tick is still going
    }
    try {
      int planned = planning.planDailySummaries();
      if (planned > 0) {
        LOG.log(Level.INFO, planned + " daily summary(ies) planned");
        dispatch.dispatchSoon();
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.ERROR, "planning daily summaries failed; the next tick retries", failed);
    } finally {
      ticking.set(false);
    }
  }
}
