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
   * Decides what follows a page.
   *
   * @param dateFrom the {@code dateFrom} the page was asked with
   * @param lastChangeDates the page's {@code lastChangeDate}s in the order WB sent them
   */
  public CursorMove afterPage(Instant dateFrom, List<Instant> lastChangeDates) {
    Objects.requireNonNull(lastChangeDates, "lastChangeDates");
    Instant from = cursorAt(Objects.requireNonNull(dateFrom, "dateFrom"));
    if (lastChangeDates.isEmpty()) {
      return CursorMove.passOver(from);
    }
    boolean full = lastChangeDates.size() >= pageLimit;
    Instant last = cursorAt(lastChangeDates.get(lastChangeDates.size() - 1));
    if (last.isAfter(from)) {
      return full ? CursorMove.readOn(last) : CursorMove.passOver(last);
    }
    Instant next = from.plus(ONE_SECOND);
    return full ? CursorMove.readOnPast(next, from) : CursorMove.readOn(next);
  }
}
