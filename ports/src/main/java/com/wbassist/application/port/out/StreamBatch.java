package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a stream as it must be stored: all of it or none — the rows, the stream's new cursor,
 * and the events the page produced (into the outbox, where an event already there by its identity
 * is not added again).
 *
 * @param cabinet whose rows
 * @param rows the page's rows, upserted by key (a newer {@code lastChangeDate} wins)
 * @param cursor for orders and sales, the {@code dateFrom} of the stream's next request (whole
 *     seconds); the store keeps it only when it is later than the one stored, so a cursor never
 *     moves back. Empty for streams without one
 * @param events the page's events
 * @param detectedAt when the events were detected: sellers who joined later are not told
 */
public record StreamBatch<T>(
    CabinetId cabinet,
    List<T> rows,
    Optional<Instant> cursor,
    List<MarketEvent> events,
    Instant detectedAt) {
  public StreamBatch {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(detectedAt, "detectedAt");
    rows = List.copyOf(rows);
    events = List.copyOf(events);
  }
}
