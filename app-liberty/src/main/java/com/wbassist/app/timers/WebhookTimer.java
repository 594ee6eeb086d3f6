package com.wbassist.app.timers;

import com.wbassist.app.wiring.WebhookNudge;
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
 * Sends due webhook deliveries every two seconds. Thin, and never waits for a receiver: it starts a
 * run on the webhooks' own threads and returns.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookTimer {
  static final long INTERVAL_MILLIS = 2_000;

  @Resource TimerService timers;
  @Inject WebhookNudge webhooks;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        INTERVAL_MILLIS, INTERVAL_MILLIS, new TimerConfig("deliver webhooks", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    webhooks.deliverSoon();
  }
}
