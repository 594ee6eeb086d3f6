package com.wbassist.app.timers;

import com.wbassist.app.wiring.BackgroundTaskPlaces;
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

/**
 * Every 2 s: fills this server's free places with queued background tasks (and settles those a dead
 * server left). Every server runs it; the claim's {@code skip locked} and the tasks' fencing leases
 * keep one task on one server (decision 0627). Thin: it asks the places to fill.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TaskTimer {
  static final long EVERY_MILLIS = 2_000;

  private static final Logger LOG = System.getLogger(TaskTimer.class.getName());

  @Resource TimerService timers;
  @Inject BackgroundTaskPlaces places;

  private volatile boolean scheduled;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        EVERY_MILLIS, EVERY_MILLIS, new TimerConfig("run background tasks", false));
    scheduled = true;
  }

  public boolean isScheduled() {
    return scheduled;
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      places.fill();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "claiming background tasks failed; the next tick retries", failed);
    }
  }
}
