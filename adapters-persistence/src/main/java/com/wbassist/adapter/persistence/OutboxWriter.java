package com.wbassist.adapter.persistence;

import com.wbassist.domain.event.MarketEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Puts a batch's events into the outbox, inside the caller's transaction. An event whose identity
 * (cabinet, type, key, episode) is already there is dropped by the unique constraint, so a replayed
 * page adds nothing.
 */
final class OutboxWriter {
  private record Row(MarketEvent event, String payload, Instant detectedAt) {}

  private static final BulkRows<Row> EVENTS =
      BulkRows.insert(
          "outbox_events",
          List.of(
              new BulkRows.Column<>("event_type", "text", r -> r.event().type().name()),
              new BulkRows.Column<>("event_key", "text", r -> r.event().key()),
              new BulkRows.Column<>(
                  "episode", "integer", r -> Integer.toString(r.event().episode())),
              new BulkRows.Column<>("nm_id", "bigint", r -> Long.toString(r.event().nmId())),
              new BulkRows.Column<>(
                  "occurred_at", "timestamptz", r -> BulkRows.text(r.event().occurredAt())),
              new BulkRows.Column<>(
                  "detected_at", "timestamptz", r -> BulkRows.text(r.detectedAt())),
              new BulkRows.Column<>("payload", "jsonb", Row::payload)),
          " on conflict (cabinet_sid, event_type, event_key, episode) do nothing");

  private final EventJson json;

  OutboxWriter(EventJson json) {
    this.json = json;
  }

  /** Adds the events of one cabinet in their order; returns how many were new. */
  int add(Connection connection, String cabinet, List<MarketEvent> events, Instant detectedAt)
      throws SQLException {
    if (events.isEmpty()) {
      return 0;
    }
    for (MarketEvent event : events) {
      if (!event.cabinet().sid().equals(cabinet)) {
        throw new IllegalArgumentException(
            "an event of cabinet " + event.cabinet() + " in a batch of cabinet " + cabinet);
      }
    }
    List<Row> rows = events.stream().map(e -> new Row(e, json.write(e), detectedAt)).toList();
    return EVENTS.write(connection, cabinet, rows);
  }
}
