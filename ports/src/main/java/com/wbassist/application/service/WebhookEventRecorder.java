package com.wbassist.application.service;

import com.wbassist.application.port.in.WebhookEvents;
import com.wbassist.application.port.out.WebhookDeliveries;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.webhook.WebhookEvent;
import com.wbassist.domain.webhook.WebhookEventType;
import java.time.Clock;
import java.util.Map;

/**
 * Writes the webhook-only events as deliveries for the subscriptions that want them. Keys are made
 * of what identifies the event (the run, the report), so telling twice writes once.
 */
public final class WebhookEventRecorder implements WebhookEvents {
  private final WebhookDeliveries deliveries;
  private final Clock clock;

  public WebhookEventRecorder(WebhookDeliveries deliveries, Clock clock) {
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @Override
  public void syncFinished(CabinetId cabinet, long runId, java.time.Instant at) {
    deliveries.add(
        new WebhookEvent(
            cabinet,
            WebhookEventType.SYNC_FINISHED,
            "sync-" + runId + "-finished",
            at,
            Map.of("runId", Long.toString(runId))),
        clock.instant());
  }

  @Override
  public void syncFailed(CabinetId cabinet, long runId, String reason, java.time.Instant at) {
    deliveries.add(
        new WebhookEvent(
            cabinet,
            WebhookEventType.SYNC_FAILED,
            "sync-" + runId + "-failed",
            at,
            Map.of("runId", Long.toString(runId), "reason", reason == null ? "" : reason)),
        clock.instant());
  }

  @Override
  public void reportReady(CabinetId cabinet, String reportId, String title, java.time.Instant at) {
    deliveries.add(
        new WebhookEvent(
            cabinet,
            WebhookEventType.REPORT_READY,
            "report-" + reportId,
            at,
            Map.of("reportId", reportId, "title", title == null ? "" : title)),
        clock.instant());
  }
}
