package com.wbassist.app.wiring;

import com.wbassist.app.extension.BackgroundWorkGate;
import com.wbassist.application.port.in.DispatchNotifications;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

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

  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean stopping;

  void stopping(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.BeforeDestroyed(ApplicationScoped.class)
          Object event) {
    stopping = true;
  }

  private final AtomicBoolean again = new AtomicBoolean();

  public void dispatchSoon() {
    again.set(true);
    if (running.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  /**
   * Also what the dispatch timer calls, so a tick and a nudge never dispatch at the same time on
   * one server.
   */
  public void dispatchNow() {
    again.set(true);
    if (running.compareAndSet(false, true)) {
      drain();
    }
  }

  private void drain() {
    if (!gate.enter()) {
      // A replay dispatches by itself meanwhile; what is left is picked up by the next tick after
      // it.
      again.set(false);
      running.set(false);
      return;
    }
    try {
      while (!stopping && again.getAndSet(false)) {
        metrics.dispatched(dispatch.dispatch());
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.ERROR, "dispatch failed; the next tick retries", failed);
    } finally {
      gate.leave();
      running.set(false);
    }
  }
}
