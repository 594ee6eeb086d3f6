package com.wbassist.app.wiring;

import com.wbassist.application.port.in.DispatchReport;
import com.wbassist.application.port.in.HousekeepingReport;
import com.wbassist.application.port.in.SyncReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What operations watch on {@code /metrics}: syncs, rows per stream, failures, seconds of orders or
 * sales rows possibly missed, events, notifications sent and failed, rows pruned by housekeeping.
 */
@ApplicationScoped
public class OperationsMetrics {
  @Inject MetricRegistry registry;

  void register(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
          Object started) {
    registry.gauge(
        "wbassist_wb_rate_limited_total",
        com.wbassist.adapter.wb.WbMarketDataAdapter::rateLimitedAnswers);
  }

  public void synced(SyncReport report) {
    registry.counter("wbassist_syncs_total", new Tag("kind", report.kind().name())).inc();
    report
        .rows()
        .forEach(
            (stream, rows) ->
                registry
                    .counter("wbassist_sync_rows_total", new Tag("stream", stream.name()))
                    .inc(rows));
    report
        .failures()
        .keySet()
        .forEach(
            stream ->
                registry
                    .counter(
                        "wbassist_sync_stream_failures_total", new Tag("stream", stream.name()))
                    .inc());
    // Orders or sales rows WB could not page past at one second: never silent
    // (docs/decisions/0606).
    report
        .possiblyMissed()
        .forEach(
            (stream, seconds) ->
                registry
                    .counter(
                        "wbassist_sync_possibly_missed_seconds_total",
                        new Tag("stream", stream.name()))
                    .inc(seconds.size()));
    if (report.tokenRejected()) {
      registry.counter("wbassist_tokens_rejected_total").inc();
    }
    // A pass that outlived its lease and found the cabinet claimed by another: not a WB failure
    // (docs/decisions/0611). Often means WB_ASSIST_SYNC_LEASE_MINUTES is shorter than a page takes.
    if (report.leaseLost()) {
      registry.counter("wbassist_sync_leases_lost_total").inc();
    }
    registry.counter("wbassist_events_detected_total").inc(report.events());
  }

  public void syncDuration(Duration duration) {
    registry.timer("wbassist_sync_tick_duration").update(duration);
  }

  public void dispatched(DispatchReport report) {
    registry.counter("wbassist_notifications_sent_total").inc(report.sent());
    registry.counter("wbassist_notifications_failed_total").inc(report.failed());
    report
        .expandedByType()
        .forEach(
            (type, count) ->
                registry.counter("wbassist_events_total", new Tag("type", type.name())).inc(count));
    if (report.sent() > 0) {
      // Detection to Telegram's acceptance, the longest of the run: how late the slowest message of
      // it was.
      registry.timer("wbassist_dispatch_lag").update(report.longestLag());
    }
  }

  /** Rows pruned per table ({@code wbassist_housekeeping_pruned_total{table}}). */
  public void pruned(HousekeepingReport report) {
    report
        .pruned()
        .pruned()
        .forEach(
            (kind, rows) ->
                registry
                    .counter(
                        "wbassist_housekeeping_pruned_total",
                        new Tag("table", kind.name().toLowerCase(Locale.ROOT)))
                    .inc(rows));
  }

  /**
   * What a webhook run did: deliveries accepted, failed attempts, subscriptions paused ({@code
   * wbassist_webhooks_*_total}).
   */
  public void webhooks(com.wbassist.application.port.in.DeliverWebhooks.WebhookReport report) {
    registry.counter("wbassist_webhooks_delivered_total").inc(report.delivered());
    registry.counter("wbassist_webhooks_failed_total").inc(report.failed());
    registry.counter("wbassist_webhooks_paused_total").inc(report.paused());
  }
}
