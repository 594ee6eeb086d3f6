package com.wbassist.domain.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * WB's {@code flag=0} paging of orders and sales, and where a stream's cursor goes after each page.
 * The cursor is the {@code dateFrom} of the stream's next request, in whole seconds as sent to WB;
 * WB answers the rows with {@code lastChangeDate >= dateFrom}, ascending, at most a page limit of
 * them.
 *
 * <p>After a page the cursor moves to the page's last {@code lastChangeDate} when that is later
 * than the page's {@code dateFrom}, and otherwise to {@code dateFrom} + 1 s. The second case is a
 * page entirely at its own {@code dateFrom}: only the boundary rows came back, or WB changed more
 * rows at that second than fit in a page. Asking from the same second again would bring the same
 * page for ever — ending the pass there, and starting the next pass from that second, is how a
 * stream stalled for good — so the cursor steps past the second, and when the page was full the
 * rows beyond it are reported as possibly missed instead of being skipped in silence.
 */
public final class StatisticsPaging {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private final int pageLimit;

  public StatisticsPaging(int pageLimit) {
    if (pageLimit < 1) {
      throw new IllegalArgumentException("page limit must be positive");
    }
    this.pageLimit = pageLimit;
  }

  /**
   * A moment as a cursor: cut down to its second, as WB's {@code dateFrom} says it, so no row of
   * that second is skipped.
   */
  public static Instant cursorAt(Instant moment) {
    return moment.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Decides what follows a page whose every row could be read.
   *
   * @param dateFrom the {@code dateFrom} the page was asked with
   * @param lastChangeDates the page's {@code lastChangeDate}s in the order WB sent them
   */
  public CursorMove afterPage(Instant dateFrom, List<Instant> lastChangeDates) {
    Objects.requireNonNull(lastChangeDates, "lastChangeDates");
    return afterPage(dateFrom, lastChangeDates, lastChangeDates.size());
  }

  /**
   * Decides what follows a page, some of whose rows may not have been readable (they are set aside,
   * and their dates may be unknown). Whether the page was full is judged by every row WB sent: a
   * full page with one bad row is still full. The cursor moves by the latest {@code lastChangeDate}
   * that could be read — of a readable row, or of an unreadable row whose date was read — so a page
   * whose last row is unreadable still moves it forward. When no date of the page could be read at
   * all, the cursor steps to {@code dateFrom} + 1 s, as for a page entirely at its own {@code
   * dateFrom}: a full page reads on (and {@code dateFrom} is possibly missed); a short one ends the
   * pass, since reading on would bring the same rows back one second at a time.
   *
   * @param dateFrom the {@code dateFrom} the page was asked with
   * @param knownLastChangeDates the {@code lastChangeDate}s that could be read, in WB's order
   * @param rowsSent every row of the page, readable or not
   */
  public CursorMove afterPage(Instant dateFrom, List<Instant> knownLastChangeDates, int rowsSent) {
    Objects.requireNonNull(knownLastChangeDates, "knownLastChangeDates");
    if (rowsSent < knownLastChangeDates.size()) {
      throw new IllegalArgumentException("more dates than rows on the page");
    }
    Instant from = cursorAt(Objects.requireNonNull(dateFrom, "dateFrom"));
    if (rowsSent == 0) {
      return CursorMove.passOver(from);
    }
    boolean full = rowsSent >= pageLimit;
    Instant next = from.plus(ONE_SECOND);
    if (knownLastChangeDates.isEmpty()) {
      return full ? CursorMove.readOnPast(next, from) : CursorMove.passOver(next);
    }
    Instant last = cursorAt(knownLastChangeDates.get(knownLastChangeDates.size() - 1));
    if (last.isAfter(from)) {
      return full ? CursorMove.readOn(last) : CursorMove.passOver(last);
    }
    return full ? CursorMove.readOnPast(next, from) : CursorMove.readOn(next);
  }
}
