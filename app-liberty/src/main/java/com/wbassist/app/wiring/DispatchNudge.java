package com.wbassist.app.wiring;

import com.wbassist.app.extension.BackgroundWorkGate;
import com.wbassist.application.port.in.DispatchNotifications;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Runs a dispatch soon, in the background — right after a sync found news, so notifications go out
 * within a second of detection instead of at the next dispatch tick. Nudges while one runs fold
 * into one more run.
 */
@ApplicationScoped
public class DispatchNudge {
  private static final Logger LOG = System.getLogger(DispatchNudge.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject DispatchNotifications dispatch;
  @Inject BackgroundWorkGate gate;
  @Inject OperationsMetrics metrics;

  private volatile boolean stopping;
  private final SingleFlight flight = new SingleFlight(this::dispatchOnce);

  void stopping(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.BeforeDestroyed(ApplicationScoped.class)
          Object event) {
    stopping = true;
  }

  public void dispatchSoon() {
    try {
      flight.soon(executor);
    } catch (RuntimeException refused) {
      LOG.log(
          Level.WARNING, "dispatch not started now; the next tick will: " + refused.getMessage());
    }
  }

  /**
   * Also what the dispatch timer calls, so a tick and a nudge never dispatch at the same time on
   * one server.
   */
  public void dispatchNow() {
    flight.now();
  }

  private void dispatchOnce() {
    if (stopping || !gate.enter()) {
      // Stopping, or a replay dispatches by itself meanwhile: the next tick picks up what is left.
      flight.forget();
      return;
    }
    try {
      metrics.dispatched(dispatch.dispatch());
    } catch (RuntimeException failed) {
      LOG.log(Level.ERROR, "dispatch failed; the next tick retries", failed);
    } finally {
      gate.leave();
    }
  }
}
