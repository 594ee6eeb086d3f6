package com.wbassist.application.service;

import com.wbassist.application.port.out.FeedbackList;
import com.wbassist.application.port.out.FeedbackStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.detection.NegativeReviewRule;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.sync.FeedbackPaging;
import com.wbassist.domain.sync.SyncPolicy;
import com.wbassist.domain.sync.SyncStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reviews: the unanswered list, then the archive (where rating-only reviews go straight away), each
 * newest first until a page brings nothing new. A review WB sent that could not be read is set
 * aside; it still counts for the page's place in the list and its fullness.
 */
final class FeedbackStreamSync implements StreamSync {
  private final WbMarketData wb;
  private final FeedbackStore feedbacks;
  private final NegativeReviewRule rule;
  private final SyncPolicy policy;
  private final Clock clock;
  private final UnreadableWbRows unreadable;

  FeedbackStreamSync(
      WbMarketData wb,
      FeedbackStore feedbacks,
      NegativeReviewRule rule,
      SyncPolicy policy,
      Clock clock,
      UnreadableWbRows unreadable) {
    this.wb = wb;
    this.feedbacks = feedbacks;
    this.rule = rule;
    this.policy = policy;
    this.clock = clock;
    this.unreadable = unreadable;
  }

  @Override
  public SyncStream stream() {
    return SyncStream.FEEDBACKS;
  }

  @Override
  public StreamResult sync(StreamSyncContext context) {
    FeedbackPaging paging = new FeedbackPaging(policy.feedbackPageSize());
    Set<String> seenInPass = new HashSet<>();
    if (!context.requests().isUnlimited()) {
      // One request a turn: the two lists take turns, the unanswered one first.
      FeedbackList list =
          context.requests().turnsTakenBefore() % 2 == 0
              ? FeedbackList.UNANSWERED
              : FeedbackList.ARCHIVE;
      return syncList(context, list, paging, seenInPass, new StreamResult(0, 0));
    }
    StreamResult unanswered =
        syncList(context, FeedbackList.UNANSWERED, paging, seenInPass, new StreamResult(0, 0));
    return syncList(context, FeedbackList.ARCHIVE, paging, seenInPass, unanswered);
  }

  private StreamResult syncList(
      StreamSyncContext context,
      FeedbackList list,
      FeedbackPaging paging,
      Set<String> seenInPass,
      StreamResult before) {
    var cabinet = context.detection().cabinet();
    Instant windowStart = policy.windowStart(context.now());
    StreamResult result = before;
    int skip = 0;
    while (true) {
      if (!context.requests().next()) {
        return skip > 0 || context.requests().behind() ? result.cutShortByLimits() : result;
      }
      WbPage<Feedback> sent = wb.feedbacksPage(context.access(), list, skip, paging.pageSize());
      if (sent.isEmpty()) {
        context.requests().readToTheEnd();
        return result;
      }
      unreadable.setAside(cabinet, stream(), sent.unreadable());
      // Reviews older than the sync window are not kept: housekeeping would prune them and the next
      // pass store them again, for ever, in a shop whose lists fit in a page.
      List<Feedback> page =
          sent.rows().stream()
              .filter(review -> !review.createdDate().isBefore(windowStart))
              .toList();
      List<String> ids = page.stream().map(Feedback::id).toList();
      Set<String> known = ids.isEmpty() ? Set.of() : feedbacks.knownFeedbackIds(cabinet, ids);
      boolean unseen = false;
      for (String id : ids) {
        unseen |= !known.contains(id) && seenInPass.add(id);
      }
      if (!page.isEmpty()) {
        List<MarketEvent> events = context.toStore(rule.detect(context.detection(), page, known));
        feedbacks.store(
            new StreamBatch<>(
                context.lease().renewed(), page, Optional.empty(), events, clock.instant()));
        result = result.plus(page.size(), events.size());
      }
      context
          .onProgress()
          .accept(
              context
                  .progress()
                  .within(stream(), list == FeedbackList.UNANSWERED ? 0.5 : 0.9, result.rows()));
      List<Instant> created = sent.rows().stream().map(Feedback::createdDate).toList();
      if (!paging.readOn(created, sent.sent(), unseen, windowStart)) {
        context.requests().readToTheEnd();
        return result;
      }
      skip += sent.sent();
    }
  }
}
