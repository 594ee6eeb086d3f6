package com.wbassist.application.service;

import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The rows of a WB page that could not be read, set aside before the stream moves past them: the
 * set-aside record is written before the page's rows and cursor are stored, so a stream never steps
 * over a row without its record (recording it twice, after a page that failed to store, only counts
 * it again). Each page with such rows is one {@code WARNING} line naming them by position, key and
 * reason — never by their values.
 */
final class UnreadableWbRows {
  private static final Logger LOG = System.getLogger(UnreadableWbRows.class.getName());
  private static final int NAMED_IN_LOG = 3;

  private final SetAsideRows setAside;
  private final Clock clock;

  UnreadableWbRows(SetAsideRows setAside, Clock clock) {
    this.setAside = setAside;
    this.clock = clock;
  }

  /**
   * @return how many rows were set aside
   */
  int setAside(CabinetId cabinet, SyncStream stream, List<UnreadableRow> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    setAside.record(
        rows.stream().map(row -> SetAsideRow.wbRow(stream, cabinet, row, now)).toList());
    StringBuilder named = new StringBuilder();
    for (UnreadableRow row : rows.subList(0, Math.min(rows.size(), NAMED_IN_LOG))) {
      named
          .append(named.length() == 0 ? "" : "; ")
          .append("row ")
          .append(row.position())
          .append(row.key().isEmpty() ? "" : " (" + row.key() + ")")
          .append(": ")
          .append(row.reason());
    }
    LOG.log(
        Level.WARNING,
        "cabinet "
            + cabinet
            + ": "
            + stream
            + ": "
            + rows.size()
            + (rows.size() == 1 ? " row" : " rows")
            + " WB sent cannot be read and "
            + (rows.size() == 1 ? "is" : "are")
            + " set aside (GET /api/admin/set-aside); the page's other rows are stored: "
            + named
            + (rows.size() > NAMED_IN_LOG ? "; …" : ""));
    return rows.size();
  }
}
