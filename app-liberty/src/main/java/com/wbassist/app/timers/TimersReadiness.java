package com.wbassist.app.timers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once both timers are scheduled: a server that cannot sync or dispatch must not take
 * traffic.
 */
@Readiness
@ApplicationScoped
public class TimersReadiness implements HealthCheck {
  @Inject SyncTimer sync;
  @Inject DispatchTimer dispatch;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("timers")
        .status(sync.isScheduled() && dispatch.isScheduled())
        .withData("sync", sync.isScheduled())
        .withData("dispatch", dispatch.isScheduled())
        .build();
  }
}
