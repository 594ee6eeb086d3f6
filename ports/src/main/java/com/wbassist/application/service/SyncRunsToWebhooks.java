package com.wbassist.application.service;

import com.wbassist.application.port.in.WebhookEvents;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncRun;
import com.wbassist.domain.sync.SyncStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sync run log, telling webhooks when a pass ends: finished, or failed with its error. A pass
 * that lost its cabinet to another server is neither (that server's pass will tell). Every pass
 * starts and ends on one server, so the run's cabinet is remembered here between the two; a webhook
 * that cannot be written never fails the sync.
 */
public final class SyncRunsToWebhooks implements SyncRunLog {
  private static final Logger LOG = System.getLogger(SyncRunsToWebhooks.class.getName());

  private final SyncRunLog runs;
  private final WebhookEvents webhooks;
  private final Map<Long, CabinetId> running = new ConcurrentHashMap<>();

  public SyncRunsToWebhooks(SyncRunLog runs, WebhookEvents webhooks) {
    this.runs = runs;
    this.webhooks = webhooks;
  }

  @Override
  public long started(CabinetId cabinet, SyncKind kind, Instant now) {
    long runId = runs.started(cabinet, kind, now);
    running.put(runId, cabinet);
    return runId;
  }

  @Override
  public void finished(long runId, Instant now, String error) {
    runs.finished(runId, now, error);
    CabinetId cabinet = running.remove(runId);
    if (cabinet == null || CabinetPass.LEASE_LOST.equals(error)) {
      return;
    }
    try {
      if (error == null) {
        webhooks.syncFinished(cabinet, runId, now);
      } else {
        webhooks.syncFailed(cabinet, runId, error, now);
      }
    } catch (RuntimeException notWritten) {
      LOG.log(
          Level.WARNING,
          "the webhook event of sync run " + runId + " was not written: " + notWritten);
    }
  }

  @Override
  public void progressed(long runId, SyncLease lease, SyncProgress progress) {
    runs.progressed(runId, lease, progress);
  }

  @Override
  public void streamFinished(long runId, SyncStream stream, long rows) {
    runs.streamFinished(runId, stream, rows);
  }

  @Override
  public void streamFailed(long runId, SyncStream stream, String error) {
    runs.streamFailed(runId, stream, error);
  }

  @Override
  public void possiblyMissed(long runId, SyncStream stream, Instant second) {
    runs.possiblyMissed(runId, stream, second);
  }

  @Override
  public Optional<SyncProgress> currentProgress(CabinetId cabinet) {
    return runs.currentProgress(cabinet);
  }

  @Override
  public boolean cancelRequested(long runId) {
    return runs.cancelRequested(runId);
  }

  @Override
  public Optional<SyncRun> lastRun(CabinetId cabinet, SyncKind kind) {
    return runs.lastRun(cabinet, kind);
  }

  @Override
  public int requestCancel(CabinetId cabinet) {
    return runs.requestCancel(cabinet);
  }
}
