package com.wbassist.app.timers;

import com.wbassist.app.wiring.DispatchNudge;
import com.wbassist.app.wiring.ProductSettings;
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

/**
 * Drains the outbox every few seconds: events a nudge missed, deliveries waiting for a retry, work
 * a dead server left leased. Thin: it asks for a dispatch.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DispatchTimer {
  @Resource TimerService timers;
  @Inject DispatchNudge dispatch;
  @Inject ProductSettings settings;

  private volatile boolean scheduled;

  @PostConstruct
  void schedule() {
    long interval = settings.dispatchInterval().toMillis();
    timers.createIntervalTimer(
        interval, interval, new TimerConfig("dispatch notifications", false));
    scheduled = true;
  }

  public boolean isScheduled() {
    return scheduled;
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    dispatch.dispatchNow();
  }
}
