package com.wbassist.application.port.out;

import java.util.List;

/**
 * One page of a WB list as WB sent it: the rows that could be read, and the rows that could not
 * ({@link UnreadableRow}), stepped over so that the others still arrive. Whether a page was full is
 * judged by {@link #sent()} — every row WB sent, readable or not: a full page with one bad row is
 * still a full page.
 *
 * @param rows the readable rows, in WB's order
 * @param unreadable the rows that could not be read, in WB's order
 */
public record WbPage<T>(List<T> rows, List<UnreadableRow> unreadable) {
  public WbPage {
    rows = List.copyOf(rows);
    unreadable = List.copyOf(unreadable);
  }

  /** A page whose every row could be read. */
  public static <T> WbPage<T> of(List<T> rows) {
    return new WbPage<>(rows, List.of());
  }

  public static <T> WbPage<T> empty() {
    return new WbPage<>(List.of(), List.of());
  }

  /** How many rows WB sent, readable or not. */
  public int sent() {
    return rows.size() + unreadable.size();
  }

  /** WB sent no row at all. */
  public boolean isEmpty() {
    return sent() == 0;
  }
}
