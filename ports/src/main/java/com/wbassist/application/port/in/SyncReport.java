package com.wbassist.application.port.in;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one sync pass of one cabinet did.
 *
 * @param cabinet the cabinet
 * @param kind primary or incremental
 * @param rows rows stored per stream
 * @param events events detected
 * @param failures streams that failed, with why; their cursors stayed where they were
 * @param tokenRejected whether the cabinet's token could not be used, which stopped the pass: WB
 *     refused it, or the stored token cannot be read (then no pass ran at all)
 * @param possiblyMissed per orders or sales stream, the seconds at which WB changed more rows than
 *     fit in a page: the cursor stepped past them, and rows of those seconds beyond the page may be
 *     missing (the run log and a metric say so)
 * @param leaseLost whether the pass stopped because it no longer held the cabinet's lease (it ran
 *     out and another pass claimed the cabinet): the write it tried was not stored, nothing of the
 *     cabinet was recorded, and the other pass carries on. Not a WB failure
 */
public record SyncReport(
    CabinetId cabinet,
    SyncKind kind,
    Map<SyncStream, Long> rows,
    int events,
    Map<SyncStream, String> failures,
    boolean tokenRejected,
    Map<SyncStream, List<Instant>> possiblyMissed,
    boolean leaseLost) {

  public SyncReport {
    rows = Map.copyOf(rows);
    failures = Map.copyOf(failures);
    possiblyMissed =
        possiblyMissed.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** A report of a pass that kept its lease to the end. */
  public SyncReport(
      CabinetId cabinet,
      SyncKind kind,
      Map<SyncStream, Long> rows,
      int events,
      Map<SyncStream, String> failures,
      boolean tokenRejected,
      Map<SyncStream, List<Instant>> possiblyMissed) {
    this(cabinet, kind, rows, events, failures, tokenRejected, possiblyMissed, false);
  }

  /** A report of a pass that kept its lease and stepped past no crowded second. */
  public SyncReport(
      CabinetId cabinet,
      SyncKind kind,
      Map<SyncStream, Long> rows,
      int events,
      Map<SyncStream, String> failures,
      boolean tokenRejected) {
    this(cabinet, kind, rows, events, failures, tokenRejected, Map.of(), false);
  }

  public boolean succeeded() {
    return failures.isEmpty() && !tokenRejected && !leaseLost;
  }
}
