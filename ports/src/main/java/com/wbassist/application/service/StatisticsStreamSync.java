package com.wbassist.application.service;

import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbLimitReachedException;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionContext;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.sync.CursorMove;
import com.wbassist.domain.sync.StatisticsPaging;
import com.wbassist.domain.sync.SyncPolicy;
import com.wbassist.domain.sync.SyncStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Orders and sales: {@code flag=0} paging from the stream's stored cursor; each page's events
 * judged against the stored state of its keys, then stored with its rows and the cursor {@link
 * StatisticsPaging} moves to, in one transaction. A pass cut short — WB failing, or its limits
 * allowing one request — loses nothing: the next pass resumes from the cursor the last stored page
 * left. Rows WB sent that could not be read are set aside first, then the page's other rows are
 * stored; they count for the page's fullness, and their dates, where read, move the cursor.
 */
final class StatisticsStreamSync<T> implements StreamSync {

  /**
   * What differs between orders and sales: where pages come from, how rows are keyed, judged and
   * stored.
   */
  interface Rows<T> {
    WbPage<T> page(WbAccess access, Instant dateFrom);

    Optional<Instant> cursor(CabinetId cabinet);

    String key(T row);

    Instant lastChangeDate(T row);

    /**
     * The page's events, judged against the stored state of the page's keys (loaded in one call).
     */
    List<MarketEvent> detect(DetectionContext context, List<T> page, List<String> keys);

    void store(StreamBatch<T> batch);
  }

  private final SyncStream stream;
  private final Rows<T> rows;
  private final SyncPolicy policy;
  private final Clock clock;
  private final UnreadableWbRows unreadable;

  StatisticsStreamSync(
      SyncStream stream,
      Rows<T> rows,
      SyncPolicy policy,
      Clock clock,
      UnreadableWbRows unreadable) {
    this.stream = stream;
    this.rows = rows;
    this.policy = policy;
    this.clock = clock;
    this.unreadable = unreadable;
  }

  @Override
  public SyncStream stream() {
    return stream;
  }

  @Override
  public StreamResult sync(StreamSyncContext context) {
    CabinetId cabinet = context.detection().cabinet();
    StatisticsPaging paging = new StatisticsPaging(policy.statisticsPageLimit());
    Instant dateFrom = policy.statisticsCursor(rows.cursor(cabinet), context.now());
    StreamResult result = new StreamResult(0, 0);
    int requestsMade = 0;
    while (true) {
      if (!context.requests().next()) {
        // WB's limit for the token: this pass asks no more; the next goes on from the cursor.
        return context.requests().behind() ? result.cutShortByLimits() : result;
      }
      WbPage<T> page;
      try {
        page = rows.page(context.access(), dateFrom);
      } catch (WbLimitReachedException later) {
        if (requestsMade == 0) {
          throw later; // not one request allowed: operators should see the stream held back
        }
        // A quiet pass's second request (sales: one a minute) — the cursor is stored, the next
        // pass goes on from it; waiting here would hold a place of the sync engine for a minute.
        return result.cutShortByLimits();
      }
      requestsMade++;
      List<Instant> changes = knownChanges(page);
      CursorMove move = paging.afterPage(dateFrom, changes, page.sent());
      unreadable.setAside(cabinet, stream, page.unreadable());
      if (!page.isEmpty()) {
        List<T> readable = page.rows();
        List<MarketEvent> events =
            context.toStore(
                readable.isEmpty()
                    ? List.of()
                    : rows.detect(
                        context.detection(), readable, readable.stream().map(rows::key).toList()));
        rows.store(
            new StreamBatch<>(
                context.lease().renewed(),
                readable,
                Optional.of(move.cursor()),
                events,
                clock.instant()));
        result = result.plus(readable.size(), events.size());
        double fraction = StatisticsProgress.fraction(policy, changes, context.now());
        context.onProgress().accept(context.progress().within(stream, fraction, result.rows()));
      }
      move.possiblyMissedAt().ifPresent(context.onPossiblyMissed());
      if (page.sent() < policy.statisticsPageLimit()) {
        // WB had no more rows than these: read to the end, even when the cursor steps on a second.
        context.requests().readToTheEnd();
      }
      if (move.passEnds()) {
        return result;
      }
      dateFrom = move.cursor();
    }
  }

  /**
   * The page's {@code lastChangeDate}s that could be read — of its rows, and of its unreadable rows
   * whose date was read — in ascending order, as WB sends them.
   */
  private List<Instant> knownChanges(WbPage<T> page) {
    List<Instant> changes = new ArrayList<>(page.sent());
    for (T row : page.rows()) {
      changes.add(rows.lastChangeDate(row));
    }
    if (!page.unreadable().isEmpty()) {
      for (UnreadableRow row : page.unreadable()) {
        row.lastChangeDate().ifPresent(changes::add);
      }
      changes.sort(Instant::compareTo);
    }
    return changes;
  }
}
