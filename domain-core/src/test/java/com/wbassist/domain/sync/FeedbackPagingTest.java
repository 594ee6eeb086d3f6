package com.wbassist.domain.sync;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeedbackPagingTest {
  private final FeedbackPaging paging = new FeedbackPaging(2);
  private final java.time.Instant windowStart = moscow("2026-10-19T00:00:00");

  @Test
  @DisplayName("reads on while pages are full, bring new reviews, and stay inside the window")
  void readsOn() {
    assertTrue(
        paging.readOn(
            List.of(moscow("2026-11-18T09:00:00"), moscow("2026-11-17T09:00:00")),
            true,
            windowStart));
  }

  @Test
  @DisplayName(
      "stops at a page of reviews already seen, a short page, or a page reaching before the window")
  void stops() {
    var full = List.of(moscow("2026-11-18T09:00:00"), moscow("2026-11-17T09:00:00"));
    assertFalse(paging.readOn(full, false, windowStart));
    assertFalse(paging.readOn(List.of(moscow("2026-11-18T09:00:00")), true, windowStart));
    assertFalse(
        paging.readOn(
            List.of(moscow("2026-11-18T09:00:00"), moscow("2026-10-01T09:00:00")),
            true,
            windowStart));
  }

  @Test
  @DisplayName("a full page with a review that could not be read is still full: the list goes on")
  void unreadableReviewCountsForAFullPage() {
    var oneReadable = List.of(moscow("2026-11-18T09:00:00"));
    assertTrue(paging.readOn(oneReadable, 2, true, windowStart));
    assertFalse(paging.readOn(oneReadable, 1, true, windowStart), "one sent: the list ended");
  }
}
