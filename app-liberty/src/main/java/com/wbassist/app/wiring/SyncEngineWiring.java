package com.wbassist.app.wiring;

import com.wbassist.app.extension.BackgroundWorkGate;
import com.wbassist.application.port.in.SyncDueCabinets;
import com.wbassist.application.service.SyncEngine;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The sync engine on the server's managed executor: {@code WB_ASSIST_SYNC_CONCURRENCY} passes at
 * once, each reported to the metrics and, when it found news, followed by a dispatch nudge.
 */
@ApplicationScoped
public class SyncEngineWiring {
  @Resource ManagedExecutorService executor;

  @Produces
  @Singleton
  SyncEngine engine(
      SyncDueCabinets sync,
      ProductSettings settings,
      OperationsMetrics metrics,
      DispatchNudge dispatch,
      BackgroundWorkGate gate) {
    return new SyncEngine(
        sync,
        executor,
        settings.syncConcurrency(),
        report -> {
          metrics.synced(report);
          if (report.events() > 0) {
            dispatch.dispatchSoon();
          }
        },
        gate::enter,
        gate::leave);
  }
}
