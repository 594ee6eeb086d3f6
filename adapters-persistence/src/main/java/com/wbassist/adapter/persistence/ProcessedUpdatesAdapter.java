package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.ProcessedUpdates;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/**
 * Telegram update ids already handled: the primary key makes "first time" one atomic
 * insert-if-absent.
 */
final class ProcessedUpdatesAdapter implements ProcessedUpdates {
  private final Jdbc jdbc;

  ProcessedUpdatesAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean handledAlready(long updateId) {
    return jdbc.once(
        "reading a Telegram update",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("select 1 from processed_updates where update_id = ?")) {
            select.setLong(1, updateId);
            try (ResultSet row = select.executeQuery()) {
              return row.next();
            }
          }
        });
  }

  @Override
  public boolean firstTime(long updateId, Instant now) {
    return jdbc.once(
        "recording a Telegram update",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into processed_updates (update_id, processed_at) values (?, ?) on conflict (update_id) do nothing")) {
            insert.setLong(1, updateId);
            SqlTime.set(insert, 2, now);
            return insert.executeUpdate() == 1;
          }
        });
  }
}
