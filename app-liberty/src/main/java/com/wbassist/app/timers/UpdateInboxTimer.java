package com.wbassist.app.timers;

import com.wbassist.application.port.in.HandleStoredUpdates;
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
 * Every {@value #INTERVAL_MILLIS} ms, the first time right after startup: handle the stored chat
 * updates nobody handled — a dead server's, or ones whose handling failed. Thin: it calls one use
 * case. Every server runs it; the inbox's leases keep two servers off one update.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class UpdateInboxTimer {
  static final long INTERVAL_MILLIS = 10_000;
  private static final long FIRST_AFTER_MILLIS = 1_000;
  private static final Logger LOG = System.getLogger(UpdateInboxTimer.class.getName());

  @Resource TimerService timers;

  private volatile boolean scheduled;
  @Inject HandleStoredUpdates storedUpdates;

  private final AtomicBoolean ticking = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    // Not persistent: a missed tick is simply the next one.
    timers.createIntervalTimer(
        FIRST_AFTER_MILLIS, INTERVAL_MILLIS, new TimerConfig("handle stored chat updates", false));
    scheduled = true;
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
    try {
      int handled = storedUpdates.handlePending();
      if (handled > 0) {
        LOG.log(Level.INFO, handled + " stored chat update(s) handled from the inbox");
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.ERROR, "handling stored chat updates failed; the next tick retries", failed);
    } finally {
      ticking.set(false);
    }
  }
}
