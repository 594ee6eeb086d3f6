package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncRun;
import com.wbassist.domain.sync.SyncStream;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sync passes through JPA: started, progressing (under the pass's lease, {@link LeaseFence}),
 * per-stream outcomes, finished; and the operator's cancel flag.
 */
final class SyncRunPersistenceAdapter implements SyncRunLog {
  private final JpaUnit jpa;

  SyncRunPersistenceAdapter(JpaUnit jpa) {
    this.jpa = jpa;
  }

  @Override
  public long started(CabinetId cabinet, SyncKind kind, Instant now) {
    return jpa.write(
        "recording a sync start",
        em -> {
          SyncRunEntity run = new SyncRunEntity(cabinet.sid(), kind, now);
          em.persist(run);
          em.flush();
          return run.id;
        });
  }

  @Override
  public void progressed(long runId, SyncLease lease, SyncProgress progress) {
    jpa.write(
        "recording sync progress",
        em -> {
          LeaseFence.hold(em, lease);
          run(em, runId).progress(progress);
          return null;
        });
  }

  @Override
  public void streamFinished(long runId, SyncStream stream, long rows) {
    change(
        runId,
        "recording a finished stream",
        run -> {
          SyncRunEntity.StreamOutcome outcome = run.outcome(stream);
          outcome.rows = rows;
          outcome.error = null;
        });
  }

  @Override
  public void streamFailed(long runId, SyncStream stream, String error) {
    change(runId, "recording a failed stream", run -> run.outcome(stream).error = error);
  }

  @Override
  public void possiblyMissed(long runId, SyncStream stream, Instant second) {
    String at = MoscowTime.toLocal(second).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " МСК";
    change(
        runId,
        "recording rows possibly missed",
        run -> {
          SyncRunEntity.StreamOutcome outcome = run.outcome(stream);
          outcome.possiblyMissed =
              outcome.possiblyMissed == null ? at : outcome.possiblyMissed + ", " + at;
        });
  }

  @Override
  public void finished(long runId, Instant now, String error) {
    change(
        runId,
        "recording a sync end",
        run -> {
          run.finishedAt = now;
          run.error = error;
        });
  }

  @Override
  public Optional<SyncProgress> currentProgress(CabinetId cabinet) {
    return jpa.read(
        "reading sync progress",
        em ->
            em
                .createQuery(
                    "select r from SyncRunEntity r where r.cabinetSid = :sid and r.finishedAt is null order by r.id desc",
                    SyncRunEntity.class)
                .setParameter("sid", cabinet.sid())
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(SyncRunEntity::progress));
  }

  @Override
  public boolean cancelRequested(long runId) {
    return jpa.read(
        "reading a cancel request",
        em -> {
          SyncRunEntity run = em.find(SyncRunEntity.class, runId);
          return run != null && run.cancelRequested;
        });
  }

  /**
   * An operator asks the run to stop; the pass stops between pages. False when the run is unknown
   * or over.
   */
  boolean requestCancel(long runId) {
    return jpa.write(
        "requesting a sync cancel",
        em ->
            em.createQuery(
                        "update SyncRunEntity r set r.cancelRequested = true where r.id = :id and r.finishedAt is null")
                    .setParameter("id", runId)
                    .executeUpdate()
                == 1);
  }

  @Override
  public Optional<SyncRun> lastRun(CabinetId cabinet, SyncKind kind) {
    return jpa.read(
        "reading the last sync run",
        em ->
            em
                .createQuery(
                    "select r from SyncRunEntity r where r.cabinetSid = :sid and r.kind = :kind order by r.id desc",
                    SyncRunEntity.class)
                .setParameter("sid", cabinet.sid())
                .setParameter("kind", kind)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(
                    r ->
                        new SyncRun(
                            r.id,
                            r.kind,
                            r.startedAt,
                            r.finishedAt,
                            r.error,
                            r.progress(),
                            r.cancelRequested)));
  }

  @Override
  public int requestCancel(CabinetId cabinet) {
    return jpa.write(
        "requesting a sync cancel",
        em ->
            em.createQuery(
                    "update SyncRunEntity r set r.cancelRequested = true where r.cabinetSid = :sid and r.finishedAt is null")
                .setParameter("sid", cabinet.sid())
                .executeUpdate());
  }

  private void change(long runId, String what, Consumer<SyncRunEntity> change) {
    jpa.write(
        what,
        (EntityManager em) -> {
          change.accept(run(em, runId));
          return null;
        });
  }

  private static SyncRunEntity run(EntityManager em, long runId) {
    SyncRunEntity run = em.find(SyncRunEntity.class, runId);
    if (run == null) {
      throw new IllegalArgumentException("no sync run " + runId);
    }
    return run;
  }
}
