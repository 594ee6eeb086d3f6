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
 * Where each stream of a cabinet stands: the watermark of the statistics streams, the card list's
 * cursor.
 */
final class StreamPositions {
  private static final String READ =
      "select watermark, cursor_nm_id from stream_positions where cabinet_sid = ? and stream = ?";
  // A watermark only moves forward: an older one (a replayed page) leaves it where it is.
  private static final String ADVANCE =
      "insert into stream_positions (cabinet_sid, stream, watermark) values (?, ?, ?)"
          + " on conflict (cabinet_sid, stream) do update set watermark = excluded.watermark, updated_at = now()"
          + " where stream_positions.watermark < excluded.watermark";
  // The card cursor is WB's to decide: it is kept as given.
  private static final String MOVE =
      "insert into stream_positions (cabinet_sid, stream, watermark, cursor_nm_id) values (?, ?, ?, ?)"
          + " on conflict (cabinet_sid, stream) do update set watermark = excluded.watermark,"
          + " cursor_nm_id = excluded.cursor_nm_id, updated_at = now()";

  private StreamPositions() {}

  static Optional<Instant> watermark(Connection connection, String cabinet, SyncStream stream)
      throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(READ)) {
      read.setString(1, cabinet);
      read.setString(2, stream.name());
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(SqlTime.get(row, "watermark")) : Optional.empty();
      }
    }
  }

  static void advance(Connection connection, String cabinet, SyncStream stream, Instant watermark)
      throws SQLException {
    try (PreparedStatement write = connection.prepareStatement(ADVANCE)) {
      write.setString(1, cabinet);
      write.setString(2, stream.name());
      SqlTime.set(write, 3, watermark);
      write.executeUpdate();
    }
  }

  static Optional<CardCursor> cursor(Connection connection, String cabinet) throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(READ)) {
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
    try (PreparedStatement write = connection.prepareStatement(MOVE)) {
      write.setString(1, cabinet);
      write.setString(2, SyncStream.CARDS.name());
      SqlTime.set(write, 3, cursor.updatedAt());
      write.setLong(4, cursor.nmId());
      write.executeUpdate();
    }
  }
}
