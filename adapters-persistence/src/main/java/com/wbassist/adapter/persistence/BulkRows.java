package com.wbassist.adapter.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes many rows of one cabinet in a few round trips, whatever their number
 * (docs/decisions/0202). A large batch is COPYed into a session-local staging table and moved into
 * its table with one {@code INSERT ... SELECT ... ON CONFLICT}; a small one, or one whose order
 * matters, or one on a connection that is not PostgreSQL's own, travels as one text array per
 * column and is unnested by the server. Either way it is one statement on the caller's connection,
 * inside its transaction.
 */
final class BulkRows<T> {
  /** One column: its name, its SQL type, and a row's value as text ({@code null} for SQL null). */
  record Column<T>(String name, String type, Function<T, String> text) {}

  /** Below this many rows the array path is as fast as COPY and costs no staging table. */
  static final int STAGE_FROM = 2_000;

  private final String table;
  private final List<Column<T>> columns;
  private final String conflict;
  private final String unchanged;
  private final boolean ordered;
  private final String names;
  private final String stage;

  private BulkRows(
      String table, List<Column<T>> columns, String conflict, String unchanged, boolean ordered) {
    this.table = table;
    this.columns = List.copyOf(columns);
    this.conflict = conflict;
    this.unchanged = unchanged;
    this.ordered = ordered;
    this.names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    this.stage = "stage_%s_%08x".formatted(table, names.hashCode());
  }

  /**
   * Rows keyed by (cabinet_sid, keys...). A stored row is replaced when the new one is newer by
   * {@code versionColumn}, or equally new and different; otherwise it is left alone, not even
   * rewritten — the common case of an incremental sync that brings rows back unchanged.
   *
   * @param versionColumn {@code null} to replace whenever the row differs
   */
  static <T> BulkRows<T> upsert(
      String table, List<String> keys, String versionColumn, List<Column<T>> columns) {
    List<String> values =
        columns.stream().map(Column::name).filter(name -> !keys.contains(name)).toList();
    String stored = values.stream().map(v -> table + "." + v).collect(Collectors.joining(", "));
    String fresh = values.stream().map(v -> "excluded." + v).collect(Collectors.joining(", "));
    String differs = "(%s) is distinct from (%s)".formatted(stored, fresh);
    String when =
        versionColumn == null
            ? differs
            : "%1$s.%2$s < excluded.%2$s or (%1$s.%2$s = excluded.%2$s and %3$s)"
                .formatted(table, versionColumn, differs);
    String conflict =
        " on conflict (cabinet_sid, %s) do update set (%s) = row(%s) where %s"
            .formatted(String.join(", ", keys), String.join(", ", values), fresh, when);
    // Staged rows that would change nothing are dropped before the upsert: ON CONFLICT would still
    // lock (and so write) every stored row it meets, even when its WHERE leaves the row alone.
    String key =
        keys.stream().map(k -> "t.%1$s = s.%1$s".formatted(k)).collect(Collectors.joining(" and "));
    String same =
        "(%s) is not distinct from (%s)"
            .formatted(
                values.stream().map(v -> "t." + v).collect(Collectors.joining(", ")),
                values.stream().map(v -> "s." + v).collect(Collectors.joining(", ")));
    String nothingNew =
        versionColumn == null
            ? same
            : "t.%1$s > s.%1$s or (t.%1$s = s.%1$s and %2$s)".formatted(versionColumn, same);
    String unchanged =
        " where not exists (select 1 from %s t where t.cabinet_sid = s.cabinet_sid and %s and (%s))"
            .formatted(table, key, nothingNew);
    return new BulkRows<>(table, columns, conflict, unchanged, false);
  }

  /**
   * Rows inserted in the order given; {@code conflict} is appended as is (e.g. {@code on conflict
   * (...) do nothing}).
   */
  static <T> BulkRows<T> insert(String table, List<Column<T>> columns, String conflict) {
    return new BulkRows<>(table, columns, conflict, "", true);
  }

  /** Rows appended in any order, with no key to conflict on (a stock snapshot). */
  static <T> BulkRows<T> append(String table, List<Column<T>> columns) {
    return new BulkRows<>(table, columns, "", "", false);
  }

  /** Writes the rows; returns how many the database inserted or changed. */
  int write(Connection connection, String cabinet, List<T> rows) throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    if (!ordered && rows.size() >= STAGE_FROM && CopyStage.available(connection)) {
      return staged(connection, cabinet, rows);
    }
    return unnested(connection, cabinet, rows);
  }

  private int staged(Connection connection, String cabinet, List<T> rows) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // Session-local, emptied at commit (and by a rollback): a pooled connection reuses it. Its
      // name
      // carries the column list, so a connection that outlives a redeploy with new columns (an
      // application server's pool does) gets a new staging table instead of a stale one.
      statement.execute(
          "create temp table if not exists %s on commit delete rows as select cabinet_sid, %s from %s with no data"
              .formatted(stage, names, table));
      CopyStage.copy(connection, stage, "cabinet_sid, " + names, cabinet, columns, rows);
      return statement.executeUpdate(
          "insert into %s (cabinet_sid, %s) select cabinet_sid, %s from %s s%s%s"
              .formatted(table, names, names, stage, unchanged, conflict));
    }
  }

  private int unnested(Connection connection, String cabinet, List<T> rows) throws SQLException {
    String casts =
        columns.stream()
            .map(c -> "n." + c.name() + "::" + c.type())
            .collect(Collectors.joining(", "));
    String arrays = columns.stream().map(c -> "?::text[]").collect(Collectors.joining(", "));
    String sql =
        ordered
            ? "insert into %s (cabinet_sid, %s) select ?, %s from unnest(%s) with ordinality as n(%s, ord) order by n.ord%s"
            : "insert into %s (cabinet_sid, %s) select ?, %s from unnest(%s) as n(%s)%s";
    try (PreparedStatement statement =
        connection.prepareStatement(sql.formatted(table, names, casts, arrays, names, conflict))) {
      statement.setString(1, cabinet);
      for (int c = 0; c < columns.size(); c++) {
        Function<T, String> text = columns.get(c).text();
        String[] values = new String[rows.size()];
        for (int r = 0; r < values.length; r++) {
          values[r] = text.apply(rows.get(r));
        }
        statement.setArray(c + 2, connection.createArrayOf("text", values));
      }
      return statement.executeUpdate();
    }
  }

  static <T> List<Column<T>> columns(List<Column<T>> first, List<Column<T>> more) {
    return java.util.stream.Stream.concat(first.stream(), more.stream()).toList();
  }

  static String text(Instant value) {
    return value == null ? null : value.toString();
  }

  static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
