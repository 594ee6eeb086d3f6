package com.wbassist.application.port.out;

import java.util.List;

/**
 * Where what could not be read or handled is set aside, for operators ({@code GET
 * /api/admin/set-aside}): WB rows a sync stepped over, chat updates the bot gave up on. Recording
 * comes before the stream moves past the row (a page's rows and cursor are stored after it), so a
 * row is never passed without its record; recording the same row again (a retried page, a row WB
 * keeps sending) counts it, and does not add it twice.
 */
public interface SetAsideRows {
  /**
   * Records the rows; one already recorded ({@link SetAsideRow#sameAs}) gets its last-seen time and
   * count raised instead.
   *
   * @throws RuntimeException when they could not be recorded: the caller must not move past them
   */
  void record(List<SetAsideRow> rows);

  /** The newest set-aside rows, by when they were last seen, at most {@code max}. */
  List<SetAsideEntry> newest(int max);
}
