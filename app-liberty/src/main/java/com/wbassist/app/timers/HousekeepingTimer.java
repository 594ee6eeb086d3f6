package com.wbassist.app.timers;

import com.wbassist.app.extension.BackgroundWorkGate;
import com.wbassist.app.wiring.OperationsMetrics;
import com.wbassist.app.wiring.ProductSettings;
import com.wbassist.application.port.in.HousekeepingReport;
import com.wbassist.application.port.in.PruneOldRows;
import com.wbassist.domain.housekeeping.Retention;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every {@code WB_ASSIST_HOUSEKEEPING_INTERVAL_MINUTES} (60), the first time a few minutes after
 * startup: prunes what has served its purpose. Thin: it calls one use case. Every server runs it
 * (decision 0612): the deletes skip rows another server holds, so two servers share the work
 * instead of repeating it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HousekeepingTimer {
  /** Not at startup itself: a server starting is busy enough, and restarts come in waves. */
  static final Duration FIRST_AFTER = Duration.ofMinutes(5);

  private static final Logger LOG = System.getLogger(HousekeepingTimer.class.getName());

  @Resource TimerService timers;

  private volatile boolean scheduled;
  @Inject PruneOldRows housekeeping;
  @Inject BackgroundWorkGate gate;
  @Inject ProductSettings settings;
  @Inject OperationsMetrics metrics;

  private final AtomicBoolean ticking = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    long interval = settings.housekeepingInterval().toMillis();
    // Not persistent: a missed run is simply the next one.
    timers.createIntervalTimer(
        Math.min(FIRST_AFTER.toMillis(), interval),
        interval,
        new TimerConfig("prune old rows", false));
    Retention kept = settings.housekeeping().retention();
    LOG.log(
        Level.INFO,
        "housekeeping every "
            + interval / 60_000
            + " min keeps sync runs "
            + kept.syncRuns().toDays()
            + " d, notifications "
            + kept.notifications().toDays()
            + " d, orders, sales and reviews "
            + kept.marketRows().toDays()
            + " d");
    if (kept.marketRows().toDays() != settings.askedMarketRetentionDays()) {
      LOG.log(
          Level.WARNING,
          "WB_ASSIST_RETAIN_MARKET_DAYS="
              + settings.askedMarketRetentionDays()
              + " is raised to "
              + kept.marketRows().toDays()
              + ": market rows are kept at least WB's 90 days and WB_ASSIST_STALE_AFTER_DAYS");
    }
    scheduled = true;
  }

  public boolean isScheduled() {
    return scheduled;
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    if (!gate.open() || !ticking.compareAndSet(false, true)) {
      return; // the sandbox's replay owns the clock meanwhile, or the last run is still going
    }
    try {
      HousekeepingReport report = housekeeping.pruneOldRows();
      metrics.pruned(report);
      if (report.pruned().total() > 0 || !report.finished()) {
        LOG.log(
            Level.INFO,
            "housekeeping pruned "
                + report.pruned().pruned()
                + " in "
                + report.batches()
                + " batch(es)"
                + (report.finished() ? "" : "; more is left for the next run"));
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.ERROR, "housekeeping failed; the next run retries", failed);
    } finally {
      ticking.set(false);
    }
  }
}
