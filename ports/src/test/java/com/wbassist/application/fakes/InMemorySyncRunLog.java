package com.wbassist.application.fakes;

import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncRun;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sync runs in memory. */
public final class InMemorySyncRunLog implements SyncRunLog {
  /** One recorded pass. */
  public static final class Run {
    public final long id;
    public final CabinetId cabinet;
    public final SyncKind kind;
    public final Instant startedAt;
    public Instant finishedAt;
    public String error;
    public SyncProgress progress = SyncProgress.starting();
    public boolean cancelRequested;
    public final Map<SyncStream, Long> rows = new EnumMap<>(SyncStream.class);
    public final Map<SyncStream, String> errors = new EnumMap<>(SyncStream.class);
    public final Map<SyncStream, List<Instant>> possiblyMissed = new EnumMap<>(SyncStream.class);

    Run(long id, CabinetId cabinet, SyncKind kind, Instant startedAt) {
      this.id = id;
      this.cabinet = cabinet;
      this.kind = kind;
      this.startedAt = startedAt;
    }
  }

  private final Map<Long, Run> runs = new LinkedHashMap<>();
  private final InMemoryCabinetStore cabinets;
  private long nextId = 1;

  /**
   * @param cabinets whose leases progress is recorded under
   */
  public InMemorySyncRunLog(InMemoryCabinetStore cabinets) {
    this.cabinets = cabinets;
  }

  @Override
  public synchronized long started(CabinetId cabinet, SyncKind kind, Instant now) {
    long id = nextId++;
    runs.put(id, new Run(id, cabinet, kind, now));
    return id;
  }

  @Override
  public synchronized void progressed(long runId, SyncLease lease, SyncProgress progress) {
    cabinets.whileHeld(lease, () -> runs.get(runId).progress = progress);
  }

  @Override
  public synchronized void streamFinished(long runId, SyncStream stream, long rows) {
    runs.get(runId).rows.put(stream, rows);
  }

  @Override
  public synchronized void streamFailed(long runId, SyncStream stream, String error) {
    runs.get(runId).errors.put(stream, error);
  }

  @Override
  public synchronized void possiblyMissed(long runId, SyncStream stream, Instant second) {
    runs.get(runId).possiblyMissed.computeIfAbsent(stream, s -> new ArrayList<>()).add(second);
  }

  @Override
  public synchronized void finished(long runId, Instant now, String error) {
    Run run = runs.get(runId);
    run.finishedAt = now;
    run.error = error;
  }

  @Override
  public synchronized Optional<SyncProgress> currentProgress(CabinetId cabinet) {
    return runs.values().stream()
        .filter(r -> r.cabinet.equals(cabinet) && r.finishedAt == null)
        .reduce((a, b) -> b)
        .map(r -> r.progress);
  }

  @Override
  public synchronized boolean cancelRequested(long runId) {
    return runs.get(runId).cancelRequested;
  }

  public synchronized void requestCancel(long runId) {
    runs.get(runId).cancelRequested = true;
  }

  @Override
  public synchronized int requestCancel(CabinetId cabinet) {
    int asked = 0;
    for (Run run : runs.values()) {
      if (run.cabinet.equals(cabinet) && run.finishedAt == null) {
        run.cancelRequested = true;
        asked++;
      }
    }
    return asked;
  }

  @Override
  public synchronized Optional<SyncRun> lastRun(CabinetId cabinet, SyncKind kind) {
    return runs.values().stream()
        .filter(r -> r.cabinet.equals(cabinet) && r.kind == kind)
        .reduce((a, b) -> b)
        .map(
            r ->
                new SyncRun(
                    r.id,
                    r.kind,
                    r.startedAt,
                    r.finishedAt,
                    r.error,
                    r.progress,
                    r.cancelRequested));
  }

  public synchronized List<Run> runs() {
    return new ArrayList<>(runs.values());
  }
}
