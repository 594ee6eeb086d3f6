package com.wbassist.adapter.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes many rows of one cabinet with one statement per chunk: every column travels as one text
 * array and the server unnests and casts them ({@code INSERT ... SELECT FROM unnest(...)}). One
 * round trip per chunk instead of one per row, through any JDBC data source, with no driver setting
 * to rely on (docs/decisions/0202).
 */
final class BulkRows<T> {
  /**
   * One column: its name, its SQL type, and how a row gives its value as text ({@code null} for SQL
   * null).
   */
  record Column<T>(String name, String type, Function<T, String> text) {}

  static final int CHUNK = 20_000;

  private final List<Column<T>> columns;
  private final String sql;

  private BulkRows(List<Column<T>> columns, String sql) {
    this.columns = columns;
    this.sql = sql;
  }

  /**
   * Rows whose key is (cabinet_sid, keys...): a row already stored is replaced when the new one is
   * newer by {@code versionColumn} — or equally new and different — and left alone (not even
   * rewritten) otherwise.
   *
   * @param versionColumn {@code null} to replace whenever the row differs
   */
  static <T> BulkRows<T> upsert(
      String table, List<String> keys, String versionColumn, List<Column<T>> columns) {
    List<String> values =
        columns.stream().map(Column::name).filter(name -> !keys.contains(name)).toList();
    String stored =
        values.stream().map(name -> table + "." + name).collect(Collectors.joining(", "));
    String fresh =
        values.stream().map(name -> "excluded." + name).collect(Collectors.joining(", "));
    String differs = "(" + stored + ") is distinct from (" + fresh + ")";
    String when =
        versionColumn == null
            ? differs
            : table
                + "."
                + versionColumn
                + " < excluded."
                + versionColumn
                + " or ("
                + table
                + "."
                + versionColumn
                + " = excluded."
                + versionColumn
                + " and "
                + differs
                + ")";
    String conflict =
        " on conflict (cabinet_sid, "
            + String.join(", ", keys)
            + ") do update set ("
            + String.join(", ", values)
            + ") = row("
            + fresh
            + ") where "
            + when;
    return new BulkRows<>(columns, insert(table, columns, conflict, false));
  }

  /**
   * Plain inserts; {@code conflict} is appended as is (e.g. {@code on conflict (...) do nothing}).
   */
  static <T> BulkRows<T> insert(String table, List<Column<T>> columns, String conflict) {
    return new BulkRows<>(columns, insert(table, columns, conflict, true));
  }

  private static <T> String insert(
      String table, List<Column<T>> columns, String conflict, boolean keepOrder) {
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    String casts =
        columns.stream()
            .map(c -> "n." + c.name() + "::" + c.type())
            .collect(Collectors.joining(", "));
    String arrays = columns.stream().map(c -> "?::text[]").collect(Collectors.joining(", "));
    String from =
        " from unnest("
            + arrays
            + ")"
            + (keepOrder ? " with ordinality" : "")
            + " as n("
            + names
            + (keepOrder ? ", ord" : "")
            + ")";
    return "insert into "
        + table
        + " (cabinet_sid, "
        + names
        + ") select ?, "
        + casts
        + from
        + (keepOrder ? " order by n.ord" : "")
        + conflict;
  }

  /** Writes the rows in chunks; returns how many rows the database inserted or changed. */
  int write(Connection connection, String cabinet, List<T> rows) throws SQLException {
    int changed = 0;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int from = 0; from < rows.size(); from += CHUNK) {
        List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
        statement.setString(1, cabinet);
        for (int c = 0; c < columns.size(); c++) {
          Function<T, String> text = columns.get(c).text();
          String[] values = new String[chunk.size()];
          for (int r = 0; r < values.length; r++) {
            values[r] = text.apply(chunk.get(r));
          }
          statement.setArray(c + 2, connection.createArrayOf("text", values));
        }
        changed += statement.executeUpdate();
      }
    }
    return changed;
  }

  static <T> List<Column<T>> columns(List<Column<T>> first, List<Column<T>> more) {
    List<Column<T>> all = new ArrayList<>(first);
    all.addAll(more);
    return List.copyOf(all);
  }

  static String text(Instant value) {
    return value == null ? null : value.toString();
  }

  static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
