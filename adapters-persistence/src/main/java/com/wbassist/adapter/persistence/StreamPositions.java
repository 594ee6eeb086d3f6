package com.wbassist.adapter.persistence;

import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.sync.SyncStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Where each stream of a cabinet stands: the cursor of the statistics streams (the {@code dateFrom}
 * of their next request), the card list's cursor.
 */
final class StreamPositions {
  private static final String READ_DATE_FROM =
      "select date_from from stream_positions where cabinet_sid = ? and stream = ?";
  // A statistics cursor only moves forward: an older one (a page stored again) leaves it where it
  // is.
  private static final String MOVE_DATE_FROM =
      "insert into stream_positions (cabinet_sid, stream, date_from) values (?, ?, ?)"
          + " on conflict (cabinet_sid, stream) do update set date_from = excluded.date_from, updated_at = now()"
          + " where stream_positions.date_from < excluded.date_from";
  private static final String READ_CARDS =
      "select watermark, cursor_nm_id from stream_positions where cabinet_sid = ? and stream = ?";
  // The card cursor is WB's to decide: it is kept as given.
  private static final String MOVE_CARDS =
      "insert into stream_positions (cabinet_sid, stream, watermark, cursor_nm_id) values (?, ?, ?, ?)"
          + " on conflict (cabinet_sid, stream) do update set watermark = excluded.watermark,"
          + " cursor_nm_id = excluded.cursor_nm_id, updated_at = now()";

  private StreamPositions() {}

  static Optional<Instant> dateFrom(Connection connection, String cabinet, SyncStream stream)
      throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(READ_DATE_FROM)) {
      read.setString(1, cabinet);
      read.setString(2, stream.name());
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(SqlTime.get(row, "date_from")) : Optional.empty();
      }
    }
  }

  static void moveDateFrom(Connection connection, String cabinet, SyncStream stream, Instant cursor)
      throws SQLException {
    try (PreparedStatement write = connection.prepareStatement(MOVE_DATE_FROM)) {
      write.setString(1, cabinet);
      write.setString(2, stream.name());
      SqlTime.set(write, 3, cursor);
      write.executeUpdate();
    }
  }

  static Optional<CardCursor> cursor(Connection connection, String cabinet) throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(READ_CARDS)) {
      read.setString(1, cabinet);
      read.setString(2, SyncStream.CARDS.name());
      try (ResultSet row = read.executeQuery()) {
        return row.next()
            ? Optional.of(
                new CardCursor(SqlTime.get(row, "watermark"), row.getLong("cursor_nm_id")))
            : Optional.empty();
      }
    }
  }

  static void move(Connection connection, String cabinet, CardCursor cursor) throws SQLException {
    try (PreparedStatement write = connection.prepareStatement(MOVE_CARDS)) {
      write.setString(1, cabinet);
      write.setString(2, SyncStream.CARDS.name());
      SqlTime.set(write, 3, cursor.updatedAt());
      write.setLong(4, cursor.nmId());
      write.executeUpdate();
    }
  }
}
