package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.SetAsideEntry;
import com.wbassist.application.port.out.SetAsideKind;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.SetAsideRows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Set-aside rows in {@code set_aside_rows} (changeset 0013): one row per thing set aside, found
 * again by its fingerprint — kind, owner, key, reason and excerpt — so a row WB keeps sending is
 * counted, not stored again. The update inbox writes here too, in its own transaction ({@link
 * #insert}), so an update is never erased without its record.
 */
final class SetAsideRowsPersistenceAdapter implements SetAsideRows {
  private static final String INSERT =
      """
      insert into set_aside_rows
        (kind, owner, row_key, reason, excerpt, fingerprint, first_seen_at, last_seen_at, times_seen)
      values (?, ?, ?, ?, ?, ?, ?, ?, 1)
      on conflict (fingerprint) do update set
        last_seen_at = greatest(set_aside_rows.last_seen_at, excluded.last_seen_at),
        times_seen = set_aside_rows.times_seen + 1""";
  private static final String NEWEST =
      """
      select kind, owner, row_key, reason, excerpt, first_seen_at, last_seen_at, times_seen
      from set_aside_rows order by last_seen_at desc, id desc limit ?""";

  private final Jdbc jdbc;

  SetAsideRowsPersistenceAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void record(List<SetAsideRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.inTransaction(
        "setting aside " + rows.size() + " unreadable rows",
        connection -> {
          insert(connection, rows);
          return null;
        });
  }

  @Override
  public List<SetAsideEntry> newest(int max) {
    return jdbc.once(
        "reading the set-aside rows",
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(NEWEST)) {
            query.setInt(1, Math.max(0, Math.min(max, 1_000)));
            List<SetAsideEntry> entries = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                entries.add(
                    new SetAsideEntry(
                        new SetAsideRow(
                            SetAsideKind.valueOf(row.getString("kind")),
                            row.getString("owner"),
                            row.getString("row_key"),
                            row.getString("reason"),
                            row.getString("excerpt"),
                            SqlTime.get(row, "first_seen_at")),
                        SqlTime.get(row, "last_seen_at"),
                        row.getInt("times_seen")));
              }
            }
            return entries;
          }
        });
  }

  /** Records the rows on the caller's connection, in the caller's transaction. */
  static void insert(Connection connection, List<SetAsideRow> rows) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (SetAsideRow row : rows) {
        insert.setString(1, row.kind().name());
        insert.setString(2, row.owner());
        insert.setString(3, row.key());
        insert.setString(4, row.reason());
        insert.setString(5, row.excerpt());
        insert.setString(6, fingerprint(row));
        SqlTime.set(insert, 7, row.at());
        SqlTime.set(insert, 8, row.at());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** What makes two sightings the same row ({@link SetAsideRow#sameAs}). */
  static String fingerprint(SetAsideRow row) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {row.kind().name(), row.owner(), row.key(), row.reason(), row.excerpt()}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
