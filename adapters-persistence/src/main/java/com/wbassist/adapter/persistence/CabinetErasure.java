package com.wbassist.adapter.persistence;

import com.wbassist.domain.cabinet.CabinetId;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;

/**
 * Forgets a cabinet and the given sellers entirely, in one transaction: what the sandbox's scenario
 * replay needs so each replay starts from nothing. Not used in production.
 */
final class CabinetErasure {
  private static final String[] BY_CABINET = {
    "delete from notification_deliveries where event_id in (select id from outbox_events where cabinet_sid = ?)",
    "delete from outbox_events where cabinet_sid = ?",
    "delete from orders where cabinet_sid = ?",
    "delete from sales where cabinet_sid = ?",
    "delete from feedbacks where cabinet_sid = ?",
    "delete from stock_levels where cabinet_sid = ?",
    "delete from size_stocks where cabinet_sid = ?",
    "delete from product_cards where cabinet_sid = ?",
    "delete from stream_positions where cabinet_sid = ?",
    "delete from sync_runs where cabinet_sid = ?",
    "delete from sellers where cabinet_sid = ?",
    "delete from cabinets where sid = ?"
  };

  private final Jdbc jdbc;

  CabinetErasure(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  void forget(CabinetId cabinet, Collection<Long> telegramIds) {
    jdbc.inTransaction(
        "forgetting cabinet " + cabinet,
        connection -> {
          Array ids = connection.createArrayOf("bigint", telegramIds.toArray());
          try (PreparedStatement deliveries =
                  connection.prepareStatement(
                      "delete from notification_deliveries where telegram_id = any(?)");
              PreparedStatement sellers =
                  connection.prepareStatement("delete from sellers where telegram_id = any(?)");
              PreparedStatement attempts =
                  connection.prepareStatement(
                      "delete from token_attempts where telegram_id = any(?)")) {
            deliveries.setArray(1, ids);
            deliveries.executeUpdate();
            sellers.setArray(1, ids);
            sellers.executeUpdate();
            // A replay sends the same people's tokens again at once: yesterday's count must not
            // make them wait.
            attempts.setArray(1, ids);
            attempts.executeUpdate();
          }
          for (String sql : BY_CABINET) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
              statement.setString(1, cabinet.sid());
              statement.executeUpdate();
            }
          }
          return null;
        });
  }
}
