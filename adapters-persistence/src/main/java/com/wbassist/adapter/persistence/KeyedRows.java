package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.sync.SyncStream;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One stream's table of rows keyed by (cabinet, WB key): the stored state of a page's keys in one
 * round trip, and a page stored with its stream's cursor and events in one transaction, which first
 * checks and renews the pass's lease ({@link LeaseFence}).
 */
final class KeyedRows<T> {
  /** Reads what detection needs of one stored row. */
  @FunctionalInterface
  interface RowReader<K> {
    K read(ResultSet row) throws SQLException;
  }

  private final Jdbc jdbc;
  private final OutboxWriter outbox;
  private final SyncStream stream;
  private final String table;
  private final String keyColumn;
  private final Function<T, String> key;
  private final Function<T, Instant> version;
  private final BulkRows<T> rows;

  /**
   * @param version the row's {@code lastChangeDate}, {@code null} for rows without one (the last
   *     one wins)
   */
  KeyedRows(
      Jdbc jdbc,
      OutboxWriter outbox,
      SyncStream stream,
      String table,
      String keyColumn,
      Function<T, String> key,
      Function<T, Instant> version,
      BulkRows<T> rows) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.stream = stream;
    this.table = table;
    this.keyColumn = keyColumn;
    this.key = key;
    this.version = version;
    this.rows = rows;
  }

  /** The stored state of the given keys: {@code columns} are read for each key that is stored. */
  <K> Map<String, K> known(
      String cabinet, Collection<String> keys, String columns, RowReader<K> reader) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    String sql =
        "select %1$s, %2$s from %3$s where cabinet_sid = ? and %1$s = any(?)"
            .formatted(keyColumn, columns, table);
    return jdbc.once(
        "reading stored " + table,
        connection -> {
          try (PreparedStatement read = connection.prepareStatement(sql)) {
            read.setString(1, cabinet);
            Array array = connection.createArrayOf("text", keys.toArray(String[]::new));
            read.setArray(2, array);
            Map<String, K> known = new HashMap<>();
            try (ResultSet row = read.executeQuery()) {
              while (row.next()) {
                known.put(row.getString(1), reader.read(row));
              }
            }
            array.free();
            return known;
          }
        });
  }

  /** The stream's cursor: the {@code dateFrom} of its next request. */
  Optional<Instant> cursor(String cabinet) {
    return jdbc.once(
        "reading the " + stream + " cursor",
        connection -> StreamPositions.dateFrom(connection, cabinet, stream));
  }

  /** Rows, cursor and events: all of them or none, and only under the batch's lease. */
  void store(StreamBatch<T> batch) {
    String cabinet = batch.cabinet().sid();
    List<T> unique = newestPerKey(batch.rows());
    jdbc.inTransaction(
        "storing a page of " + stream,
        connection -> {
          LeaseFence.hold(connection, batch.lease());
          rows.write(connection, cabinet, unique);
          if (batch.cursor().isPresent()) {
            StreamPositions.moveDateFrom(connection, cabinet, stream, batch.cursor().get());
          }
          outbox.add(connection, cabinet, batch.events(), batch.detectedAt());
          return null;
        });
  }

  /**
   * One statement may not change a row twice: a key twice in one page keeps its newest version (the
   * later on a tie).
   */
  private List<T> newestPerKey(List<T> page) {
    Map<String, T> byKey = new LinkedHashMap<>(page.size() * 2);
    boolean repeated = false;
    for (T row : page) {
      T before = byKey.put(key.apply(row), row);
      if (before != null) {
        repeated = true;
        if (version != null && version.apply(row).isBefore(version.apply(before))) {
          byKey.put(key.apply(row), before);
        }
      }
    }
    return repeated ? new ArrayList<>(byKey.values()) : page;
  }
}
