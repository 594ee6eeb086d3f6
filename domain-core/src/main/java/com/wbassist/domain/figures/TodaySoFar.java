package com.wbassist.domain.figures;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.StockRanLow;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rows "today" counts beside an event: the rows of the event's kind on the Moscow day of the
 * event's own date, up to and including the event's row — ordered by (date, key), so rows of one
 * second are told apart by their key. The figure is then the same whenever it is computed: rows a
 * later pass stores after this one's date never change it.
 *
 * <p>The own date of each kind is {@link MarketEvent#occurredAt()}: an order's {@code date}, a
 * cancellation's {@code cancelDate} (else when WB changed the row, decision 0402), a sale's {@code
 * date}, a review's {@code createdDate}. A stock event has no "today": it is a state, not a row.
 *
 * @param day the Moscow day of the event's own date
 * @param upTo the event's own date
 * @param key the event's key, the tie-break among rows of the same date
 */
public record TodaySoFar(MoscowDay day, Instant upTo, String key) {

  public TodaySoFar {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(upTo, "upTo");
    Objects.requireNonNull(key, "key");
  }

  public static Optional<TodaySoFar> of(MarketEvent event) {
    if (event instanceof StockRanLow) {
      return Optional.empty();
    }
    Instant date = event.occurredAt();
    return Optional.of(new TodaySoFar(MoscowDay.of(date), date, event.key()));
  }

  /** Whether a row of the same kind, with its own date and key, is counted. */
  public boolean counts(Instant rowDate, String rowKey) {
    if (!day.contains(rowDate)) {
      return false;
    }
    int byDate = rowDate.compareTo(upTo);
    return byDate < 0 || (byDate == 0 && rowKey.compareTo(key) <= 0);
  }
}
