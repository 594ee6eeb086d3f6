package com.wbassist.domain.sync;

import java.time.Instant;
import java.util.List;

/**
 * Feedback lists come newest first. A pass reads on until a page holds only reviews already seen, a
 * page is not full (the list ended), or the page reaches back before the sync window.
 */
public final class FeedbackPaging {
  private final int pageSize;

  public FeedbackPaging(int pageSize) {
    this.pageSize = pageSize;
  }

  public int pageSize() {
    return pageSize;
  }

  public boolean readOn(List<Instant> createdDates, boolean broughtUnseen, Instant windowStart) {
    return readOn(createdDates, createdDates.size(), broughtUnseen, windowStart);
  }

  /**
   * As {@link #readOn(List, boolean, Instant)} for a page some of whose reviews could not be read
   * (they are set aside): whether the list ended is judged by every review WB sent ({@code
   * rowsSent}), the window by the dates that could be read.
   */
  public boolean readOn(
      List<Instant> createdDates, int rowsSent, boolean broughtUnseen, Instant windowStart) {
    if (rowsSent < pageSize || !broughtUnseen) {
      return false;
    }
    return createdDates.stream().noneMatch(created -> created.isBefore(windowStart));
  }
}
