package com.wbassist.application.service;

import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The seconds of one pass at which WB changed more orders or sales rows than fit in a page, so the
 * cursor stepped past rows it never fetched. WB's {@code flag=1} is no way around it: it answers by
 * order date, not by {@code lastChangeDate}, so finding one crowded second would cost a request per
 * day of WB's 90 — more than the statistics limits allow (decision 0606). Each second is told at
 * once to the run log and the log, and collected for the pass's report (a metric), never silently.
 */
final class PossiblyMissedRows {
  private static final Logger LOG = System.getLogger(PossiblyMissedRows.class.getName());

  private final CabinetId cabinet;
  private final long runId;
  private final SyncRunLog runs;
  private final Map<SyncStream, List<Instant>> seconds = new EnumMap<>(SyncStream.class);

  PossiblyMissedRows(CabinetId cabinet, long runId, SyncRunLog runs) {
    this.cabinet = cabinet;
    this.runId = runId;
    this.runs = runs;
  }

  void record(SyncStream stream, Instant second) {
    seconds.computeIfAbsent(stream, s -> new ArrayList<>()).add(second);
    runs.possiblyMissed(runId, stream, second);
    LOG.log(
        Level.WARNING,
        "cabinet "
            + cabinet
            + ": "
            + stream
            + ": WB changed more rows at "
            + second
            + " than fit in a page; the rows of that second beyond the page are possibly missed");
  }

  Map<SyncStream, List<Instant>> seconds() {
    return seconds;
  }
}
