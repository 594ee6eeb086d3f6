package com.wbassist.adapter.persistence;

import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.TodaySoFar;
import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.ProductCard;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The raw counts behind the figures, one statement each. Keys are compared byte by byte ({@code
 * collate "C"}), as Java compares them in {@link TodaySoFar#counts}; money is summed as the
 * notification shows it, absolute ({@code priceWithDisc}). The indexes are changeset 0016's.
 */
final class FigureQueries {
  /** A cancellation's own date (decision 0402): when WB cancelled it, else when it changed it. */
  static final String CANCELLED_AT = "coalesce(cancel_date, last_change_date)";

  CountAndSum ordersSoFar(Connection connection, String sid, TodaySoFar today) throws SQLException {
    return soFar(connection, "orders", "order_date", "srid", "true", sid, today);
  }

  CountAndSum cancellationsSoFar(Connection connection, String sid, TodaySoFar today)
      throws SQLException {
    return soFar(connection, "orders", CANCELLED_AT, "srid", "cancelled", sid, today);
  }

  CountAndSum salesSoFar(Connection connection, String sid, String prefix, TodaySoFar today)
      throws SQLException {
    return soFar(
        connection, "sales", "sale_date", "sale_id", "sale_id like '" + prefix + "%'", sid, today);
  }

  CountAndSum negativeReviewsSoFar(
      Connection connection, String sid, int negativeMax, TodaySoFar today) throws SQLException {
    String sql =
        "select count(*), 0 from feedbacks where cabinet_sid = ? and product_valuation <= ?"
            + " and created_date >= ? and created_date < ?"
            + " and (created_date < ? or (created_date = ? and feedback_id collate \"C\" <= ?))";
    try (PreparedStatement read = connection.prepareStatement(sql)) {
      read.setString(1, sid);
      read.setInt(2, negativeMax);
      SqlTime.set(read, 3, today.day().start());
      SqlTime.set(read, 4, today.day().end());
      SqlTime.set(read, 5, today.upTo());
      SqlTime.set(read, 6, today.upTo());
      read.setString(7, today.key());
      return countAndSum(read);
    }
  }

  private static CountAndSum soFar(
      Connection connection,
      String table,
      String date,
      String key,
      String kind,
      String sid,
      TodaySoFar today)
      throws SQLException {
    String sql =
        "select count(*), coalesce(sum(abs(price_with_disc)), 0) from "
            + table
            + " where cabinet_sid = ? and "
            + kind
            + " and "
            + date
            + " >= ? and "
            + date
            + " < ? and ("
            + date
            + " < ? or ("
            + date
            + " = ? and "
            + key
            + " collate \"C\" <= ?))";
    try (PreparedStatement read = connection.prepareStatement(sql)) {
      read.setString(1, sid);
      SqlTime.set(read, 2, today.day().start());
      SqlTime.set(read, 3, today.day().end());
      SqlTime.set(read, 4, today.upTo());
      SqlTime.set(read, 5, today.upTo());
      read.setString(6, today.key());
      return countAndSum(read);
    }
  }

  /** Orders, buyouts, cancellations or returns of whole Moscow days, with their money. */
  CountAndSum ofPeriod(Connection connection, String sid, String kind, Period period)
      throws SQLException {
    String sql =
        switch (kind) {
          case "orders" ->
              "select count(*), coalesce(sum(abs(price_with_disc)), 0) from orders"
                  + " where cabinet_sid = ? and order_date >= ? and order_date < ?";
          case "cancellations" ->
              "select count(*), coalesce(sum(abs(price_with_disc)), 0)"
                  + " from orders where cabinet_sid = ? and cancelled and "
                  + CANCELLED_AT
                  + " >= ? and "
                  + CANCELLED_AT
                  + " < ?";
          case "buyouts", "returns" ->
              "select count(*), coalesce(sum(abs(price_with_disc)), 0)"
                  + " from sales where cabinet_sid = ? and sale_id like '"
                  + ("buyouts".equals(kind) ? "S" : "R")
                  + "%' and sale_date >= ? and sale_date < ?";
          default -> throw new IllegalArgumentException(kind);
        };
    try (PreparedStatement read = connection.prepareStatement(sql)) {
      read.setString(1, sid);
      SqlTime.set(read, 2, period.start());
      SqlTime.set(read, 3, period.end());
      return countAndSum(read);
    }
  }

  /** What the last stock snapshot left of a size over all warehouses; null when never seen. */
  Integer sizeTotal(Connection connection, String sid, long nmId, long chrtId) throws SQLException {
    try (PreparedStatement read =
        connection.prepareStatement(
            "select total from size_stocks where cabinet_sid = ? and nm_id = ? and chrt_id = ?")) {
      read.setString(1, sid);
      read.setLong(2, nmId);
      read.setLong(3, chrtId);
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? row.getInt(1) : null;
      }
    }
  }

  /**
   * Orders not cancelled of one card size in {@code (from, to]}: the size's barcodes, else its
   * {@code techSize} for rows whose barcode the card does not know ({@code CardSizeOfRow}).
   */
  int recentOrders(
      Connection connection,
      String sid,
      long nmId,
      CardSize size,
      ProductCard card,
      Instant from,
      Instant to)
      throws SQLException {
    String[] allSkus = card.sizes().stream().flatMap(s -> s.skus().stream()).toArray(String[]::new);
    try (PreparedStatement read =
        connection.prepareStatement(
            "select count(*) from orders where cabinet_sid = ? and nm_id = ? and not cancelled"
                + " and order_date > ? and order_date <= ?"
                + " and (barcode = any(?) or (tech_size = ? and tech_size <> ''"
                + " and not barcode = any(?)))")) {
      Array skus = connection.createArrayOf("text", size.skus().toArray(String[]::new));
      Array known = connection.createArrayOf("text", allSkus);
      read.setString(1, sid);
      read.setLong(2, nmId);
      SqlTime.set(read, 3, from);
      SqlTime.set(read, 4, to);
      read.setArray(5, skus);
      read.setString(6, size.techSize());
      read.setArray(7, known);
      return count(read);
    }
  }

  /** Buyouts ({@code S…}) of an article in {@code (from, to]}. */
  int articleBuyouts(Connection connection, String sid, long nmId, Instant from, Instant to)
      throws SQLException {
    try (PreparedStatement read =
        connection.prepareStatement(
            "select count(*) from sales where cabinet_sid = ? and nm_id = ? and sale_id like 'S%'"
                + " and sale_date > ? and sale_date <= ?")) {
      read.setString(1, sid);
      read.setLong(2, nmId);
      SqlTime.set(read, 3, from);
      SqlTime.set(read, 4, to);
      return count(read);
    }
  }

  /** Cancellations of an article in {@code (from, to]}, by their own date. */
  int articleCancellations(Connection connection, String sid, long nmId, Instant from, Instant to)
      throws SQLException {
    try (PreparedStatement read =
        connection.prepareStatement(
            "select count(*) from orders where cabinet_sid = ? and nm_id = ? and cancelled and "
                + CANCELLED_AT
                + " > ? and "
                + CANCELLED_AT
                + " <= ?")) {
      read.setString(1, sid);
      read.setLong(2, nmId);
      SqlTime.set(read, 3, from);
      SqlTime.set(read, 4, to);
      return count(read);
    }
  }

  private static CountAndSum countAndSum(PreparedStatement read) throws SQLException {
    try (ResultSet row = read.executeQuery()) {
      row.next();
      BigDecimal sum = row.getBigDecimal(2);
      return new CountAndSum(row.getInt(1), sum == null ? BigDecimal.ZERO : sum);
    }
  }

  private static int count(PreparedStatement read) throws SQLException {
    try (ResultSet row = read.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }
}
