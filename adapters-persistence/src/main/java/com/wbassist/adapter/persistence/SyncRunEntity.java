package com.wbassist.adapter.persistence;

import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncStream;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A row of {@code sync_runs} with its per-stream outcomes ({@code sync_run_streams}). */
@Entity
@Table(name = "sync_runs")
class SyncRunEntity {
  /** How one stream of the run ended. */
  @Embeddable
  static class StreamOutcome {
    @Column(name = "rows")
    Long rows;

    @Column(name = "error")
    String error;

    /**
     * The seconds, Moscow time, at which WB changed more rows than fit in a page; rows of them
     * beyond the page were possibly missed.
     */
    @Column(name = "possibly_missed")
    String possiblyMissed;
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  Long id;

  @Column(name = "cabinet_sid", nullable = false)
  String cabinetSid;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  SyncKind kind;

  @Column(name = "started_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  Instant startedAt;

  @Column(name = "finished_at")
  @Convert(converter = InstantColumn.class)
  Instant finishedAt;

  @Column(name = "error")
  String error;

  @Enumerated(EnumType.STRING)
  @Column(name = "current_stream")
  SyncStream currentStream;

  @Column(name = "streams_done", nullable = false)
  int streamsDone;

  @Column(name = "current_fraction", nullable = false)
  double currentFraction;

  @Column(name = "rows_so_far", nullable = false)
  long rowsSoFar;

  @Column(name = "cancel_requested", nullable = false)
  boolean cancelRequested;

  @ElementCollection
  @CollectionTable(name = "sync_run_streams", joinColumns = @JoinColumn(name = "run_id"))
  @MapKeyColumn(name = "stream")
  @MapKeyEnumerated(EnumType.STRING)
  Map<SyncStream, StreamOutcome> streams = new EnumMap<>(SyncStream.class);

  protected SyncRunEntity() {}

  SyncRunEntity(String cabinetSid, SyncKind kind, Instant startedAt) {
    this.cabinetSid = cabinetSid;
    this.kind = kind;
    this.startedAt = startedAt;
    progress(SyncProgress.starting());
  }

  SyncProgress progress() {
    return new SyncProgress(currentStream, streamsDone, currentFraction, rowsSoFar);
  }

  void progress(SyncProgress progress) {
    currentStream = progress.current();
    streamsDone = progress.streamsDone();
    currentFraction = progress.currentFraction();
    rowsSoFar = progress.rowsSoFar();
  }

  StreamOutcome outcome(SyncStream stream) {
    return streams.computeIfAbsent(stream, s -> new StreamOutcome());
  }
}
