package com.wbassist.domain.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * WB's {@code flag=0} paging of orders and sales: rows with {@code lastChangeDate >= dateFrom},
 * ascending, at most a page limit of them; the next page starts at the last row's {@code
 * lastChangeDate}. The boundary rows come again on the next page, so keys, not positions, decide
 * what is new.
 */
public final class StatisticsPaging {
  private final int pageLimit;

  public StatisticsPaging(int pageLimit) {
    if (pageLimit < 1) {
      throw new IllegalArgumentException("page limit must be positive");
    }
    this.pageLimit = pageLimit;
  }

  /**
   * Decides what follows a page.
   *
   * @param lastChangeDates the page's {@code lastChangeDate}s in the order WB sent them
   * @param broughtUnseenRow whether the page held a key not already seen in this pass
   * @return the next page's {@code dateFrom}, or empty when the stream is done for this pass
   */
  public Optional<Instant> nextDateFrom(List<Instant> lastChangeDates, boolean broughtUnseenRow) {
    Objects.requireNonNull(lastChangeDates, "lastChangeDates");
    if (lastChangeDates.size() < pageLimit || !broughtUnseenRow) {
      return Optional.empty();
    }
    return Optional.of(lastChangeDates.get(lastChangeDates.size() - 1));
  }

  /** The watermark after a page: the highest {@code lastChangeDate} stored so far. */
  public static Optional<Instant> advance(
      Optional<Instant> watermark, List<Instant> lastChangeDates) {
    Optional<Instant> highest = lastChangeDates.stream().max(Instant::compareTo);
    if (watermark.isEmpty()) {
      return highest;
    }
    if (highest.isEmpty() || !highest.get().isAfter(watermark.get())) {
      return watermark;
    }
    return highest;
  }
}
