package com.wbassist.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The outbox events set aside as unreadable, newest first, for operators. */
final class SetAsideEvents {
  private static final String NEWEST =
      "select id, cabinet_sid, event_type, event_key, set_aside_at, set_aside_reason"
          + " from outbox_events where set_aside_at is not null order by set_aside_at desc, id desc"
          + " limit ?";

  private final Jdbc jdbc;

  SetAsideEvents(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  List<SetAsideEvent> newest(int limit) {
    return jdbc.inTransaction(
        "reading the set-aside events",
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(NEWEST)) {
            query.setInt(1, Math.max(1, Math.min(limit, 1_000)));
            List<SetAsideEvent> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                rows.add(
                    new SetAsideEvent(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        SqlTime.get(row, "set_aside_at"),
                        row.getString(6)));
              }
            }
            return rows;
          }
        });
  }
}
