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
    if (createdDates.size() < pageSize || !broughtUnseen) {
      return false;
    }
    return createdDates.stream().noneMatch(created -> created.isBefore(windowStart));
  }
}
