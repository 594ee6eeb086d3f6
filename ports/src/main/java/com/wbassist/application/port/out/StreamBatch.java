package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.sync.SyncLease;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a stream as it must be stored: all of it or none — the rows, the stream's new cursor,
 * and the events the page produced (into the outbox, where an event already there by its identity
 * is not added again) — and only while the pass that fetched it still holds the cabinet's lease:
 * the same transaction checks the lease and renews it to {@code lease.until()}, or stores nothing
 * and throws {@link LeaseLostException}.
 *
 * @param lease the lease of the pass that fetched the page: whose rows, and the right to store them
 * @param rows the page's rows, upserted by key (a newer {@code lastChangeDate} wins)
 * @param cursor for orders and sales, the {@code dateFrom} of the stream's next request (whole
 *     seconds); the store keeps it only when it is later than the one stored, so a cursor never
 *     moves back. Empty for streams without one
 * @param events the page's events
 * @param detectedAt when the events were detected: sellers who joined later are not told
 */
public record StreamBatch<T>(
    SyncLease lease,
    List<T> rows,
    Optional<Instant> cursor,
    List<MarketEvent> events,
    Instant detectedAt) {
  public StreamBatch {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(detectedAt, "detectedAt");
    rows = List.copyOf(rows);
    events = List.copyOf(events);
  }

  /** Whose rows. */
  public CabinetId cabinet() {
    return lease.cabinet();
  }
}
