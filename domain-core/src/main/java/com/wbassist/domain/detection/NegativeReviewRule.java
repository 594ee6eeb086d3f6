package com.wbassist.domain.detection;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.market.Feedback;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code NEGATIVE_REVIEW} for a review of at most {@code negativeMax} stars seen for the first
 * time.
 */
public final class NegativeReviewRule {
  private final StaleRowRule staleness;
  private final int negativeMax;

  public NegativeReviewRule(DetectionPolicy policy) {
    this.staleness = new StaleRowRule(policy.staleAfter());
    this.negativeMax = policy.negativeMax();
  }

  /**
   * @param fetched one page of reviews, from the unanswered list or the archive
   * @param knownIds the page's review ids that were stored before this page
   */
  public List<MarketEvent> detect(
      DetectionContext context, List<Feedback> fetched, Set<String> knownIds) {
    List<MarketEvent> events = new ArrayList<>();
    Set<String> seenInPage = new HashSet<>();
    for (Feedback feedback : fetched) {
      if (knownIds.contains(feedback.id()) || !seenInPage.add(feedback.id())) {
        continue;
      }
      if (context.firesEvents()
          && feedback.productValuation() <= negativeMax
          && !staleness.isStale(feedback.createdDate(), context.now())) {
        events.add(new NegativeReviewPosted(context.cabinet(), feedback));
      }
    }
    return events;
  }
}
