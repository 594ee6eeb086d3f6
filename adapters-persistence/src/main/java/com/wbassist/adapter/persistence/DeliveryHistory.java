package com.wbassist.adapter.persistence;

import com.wbassist.domain.cabinet.CabinetId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The newest notifications of a cabinet and their delivery state, for the admin API. */
final class DeliveryHistory {
  private static final String RECENT =
      "select d.id, e.event_type, e.event_key, d.telegram_id, d.status, d.attempts, d.last_error,"
          + " d.telegram_message_id, e.detected_at, d.finished_at"
          + " from notification_deliveries d join outbox_events e on e.id = d.event_id"
          + " where e.cabinet_sid = ? order by d.id desc limit ?";

  private final Jdbc jdbc;

  DeliveryHistory(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  List<RecentDelivery> recent(CabinetId cabinet, int limit) {
    return jdbc.inTransaction(
        "reading the deliveries of " + cabinet,
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(RECENT)) {
            query.setString(1, cabinet.sid());
            query.setInt(2, Math.max(1, Math.min(limit, 1_000)));
            List<RecentDelivery> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                Timestamp finished = row.getTimestamp(10);
                rows.add(
                    new RecentDelivery(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getLong(4),
                        row.getString(5),
                        row.getInt(6),
                        row.getString(7) == null ? "" : row.getString(7),
                        row.getLong(8),
                        row.getTimestamp(9).toInstant(),
                        finished == null ? null : finished.toInstant()));
              }
            }
            return rows;
          }
        });
  }
}
