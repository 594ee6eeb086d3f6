package com.wbassist.app.wiring;

import com.wbassist.app.extension.BackgroundWorkGate;
import com.wbassist.application.port.in.SyncCabinetNow;
import com.wbassist.application.port.out.SyncRequests;
import com.wbassist.domain.cabinet.CabinetId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * A new cabinet's primary sync (or a resumed one) starts at once in the background instead of
 * waiting for the timer; the cabinet lease keeps it from running twice. When the executor refuses,
 * the next timer tick picks it up.
 */
@ApplicationScoped
public class BackgroundSyncRequests implements SyncRequests {
  private static final Logger LOG = System.getLogger(BackgroundSyncRequests.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject SyncCabinetNow sync;
  @Inject DispatchNudge dispatch;
  @Inject BackgroundWorkGate gate;
  @Inject OperationsMetrics metrics;

  @Override
  public void syncSoon(CabinetId cabinet) {
    if (!gate.open()) {
      return;
    }
    try {
      executor.execute(
          () -> {
            if (!gate.enter()) {
              return;
            }
            try {
              sync.syncNow(cabinet)
                  .ifPresent(
                      report -> {
                        metrics.synced(report);
                        dispatch.dispatchSoon();
                      });
            } finally {
              gate.leave();
            }
          });
    } catch (RuntimeException refused) {
      LOG.log(
          Level.WARNING,
          "sync of " + cabinet + " not started now; the timer will: " + refused.getMessage());
    }
  }
}
