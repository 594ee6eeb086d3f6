package com.wbassist.application.port.in;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncStream;
import java.util.Map;

/**
 * What one sync pass of one cabinet did.
 *
 * @param cabinet the cabinet
 * @param kind primary or incremental
 * @param rows rows stored per stream
 * @param events events detected
 * @param failures streams that failed, with why; their watermarks stayed where they were
 * @param tokenRejected whether the cabinet's token could not be used, which stopped the pass: WB
 *     refused it, or the stored token cannot be read (then no pass ran at all)
 */
public record SyncReport(
    CabinetId cabinet,
    SyncKind kind,
    Map<SyncStream, Long> rows,
    int events,
    Map<SyncStream, String> failures,
    boolean tokenRejected) {

  public SyncReport {
    rows = Map.copyOf(rows);
    failures = Map.copyOf(failures);
  }

  public boolean succeeded() {
    return failures.isEmpty() && !tokenRejected;
  }
}
