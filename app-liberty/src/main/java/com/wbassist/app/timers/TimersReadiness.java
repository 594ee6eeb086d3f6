package com.wbassist.app.timers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once every timer is scheduled: a server that cannot sync, dispatch, handle the updates
 * it stored or prune must not take traffic.
 */
@Readiness
@ApplicationScoped
public class TimersReadiness implements HealthCheck {
  @Inject SyncTimer sync;
  @Inject DispatchTimer dispatch;
  @Inject UpdateInboxTimer inbox;
  @Inject HousekeepingTimer housekeeping;
  @Inject DailySummaryTimer dailySummaries;
  @Inject TaskTimer backgroundTasks;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("timers")
        .status(
            sync.isScheduled()
                && dispatch.isScheduled()
                && inbox.isScheduled()
                && housekeeping.isScheduled()
                && dailySummaries.isScheduled()
                && backgroundTasks.isScheduled())
        .withData("sync", sync.isScheduled())
        .withData("dispatch", dispatch.isScheduled())
        .withData("storedUpdates", inbox.isScheduled())
        .withData("housekeeping", housekeeping.isScheduled())
        .withData("dailySummaries", dailySummaries.isScheduled())
        .withData("backgroundTasks", backgroundTasks.isScheduled())
        .build();
  }
}
