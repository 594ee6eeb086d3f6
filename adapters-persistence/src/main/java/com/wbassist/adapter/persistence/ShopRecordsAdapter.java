package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.NotifiedEvent;
import com.wbassist.application.port.out.RecordCursor;
import com.wbassist.application.port.out.RecordPage;
import com.wbassist.application.port.out.ShopRecords;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.FeedbackProduct;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.Place;
import com.wbassist.domain.market.Prices;
import com.wbassist.domain.market.Product;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.StockLevel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a cabinet's stored rows page by page: keyset pages over (own date, key), so each page is
 * one index range however deep the client pages, and rows stored meanwhile never shift a page.
 */
final class ShopRecordsAdapter implements ShopRecords {
  /** Longest page a caller gets, whatever it asks for. */
  static final int LONGEST_PAGE = 1_000;

  private static final String STATISTICS_COLUMNS =
      "nm_id, supplier_article, tech_size, barcode, subject, category, brand, warehouse_name,"
          + " warehouse_type, region_name, oblast_okrug_name, country_name, total_price,"
          + " discount_percent, spp, finished_price, price_with_disc, for_pay";
  private static final String ORDERS =
      "select srid, g_number, order_date, last_change_date, cancelled, cancel_date, "
          + STATISTICS_COLUMNS
          + " from orders where cabinet_sid = ? and order_date >= ? and order_date < ?"
          + " and (order_date, srid) > (?, ?) order by order_date, srid limit ?";
  private static final String SALES =
      "select sale_id, srid, g_number, sale_date, last_change_date, "
          + STATISTICS_COLUMNS
          + " from sales where cabinet_sid = ? and sale_date >= ? and sale_date < ?"
          + " and (sale_date, sale_id) > (?, ?) order by sale_date, sale_id limit ?";
  private static final String FEEDBACKS =
      "select feedback_id, product_valuation, body, pros, cons, created_date, nm_id, imt_id,"
          + " product_name, supplier_article, brand_name, size_name, user_name"
          + " from feedbacks where cabinet_sid = ? and created_date >= ? and created_date < ?"
          + " and (created_date, feedback_id) > (?, ?) order by created_date, feedback_id limit ?";
  private static final String STOCKS =
      "select nm_id, chrt_id, warehouse_id, warehouse_name, region_name, quantity,"
          + " in_way_to_client, in_way_from_client from stock_levels where cabinet_sid = ?"
          + " order by nm_id, chrt_id, warehouse_id";
  // The key of an event's page is its id, compared as a number.
  private static final String NOTIFIED =
      "select e.id, e.event_type, e.event_key, e.nm_id, e.occurred_at, e.detected_at,"
          + " count(d.id) filter (where d.status = 'SENT') as sent,"
          + " count(d.id) filter (where d.status = 'PENDING') as pending,"
          + " count(d.id) filter (where d.status = 'FAILED') as failed"
          + " from outbox_events e left join notification_deliveries d on d.event_id = e.id"
          + " where e.cabinet_sid = ? and e.detected_at >= ? and e.detected_at < ?"
          + " and (e.detected_at, e.id) > (?, ?)"
          + " group by e.id order by e.detected_at, e.id limit ?";

  private final Jdbc jdbc;

  ShopRecordsAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public RecordPage<Order> orders(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit) {
    return page(
        "reading orders", ORDERS, cabinet, period, after, limit, ShopRecordsAdapter::order, false);
  }

  @Override
  public RecordPage<Sale> sales(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit) {
    return page(
        "reading sales", SALES, cabinet, period, after, limit, ShopRecordsAdapter::sale, false);
  }

  @Override
  public RecordPage<Feedback> feedbacks(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit) {
    return page(
        "reading feedbacks",
        FEEDBACKS,
        cabinet,
        period,
        after,
        limit,
        ShopRecordsAdapter::feedback,
        false);
  }

  @Override
  public RecordPage<NotifiedEvent> notified(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit) {
    return page(
        "reading notified events",
        NOTIFIED,
        cabinet,
        period,
        after,
        limit,
        ShopRecordsAdapter::notifiedRow,
        true);
  }

  @Override
  public List<StockLevel> stocks(CabinetId cabinet) {
    return jdbc.once(
        "reading the stock snapshot of " + cabinet,
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(STOCKS)) {
            query.setString(1, cabinet.sid());
            List<StockLevel> levels = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                levels.add(
                    new StockLevel(
                        new SizeKey(row.getLong("nm_id"), row.getLong("chrt_id")),
                        row.getLong("warehouse_id"),
                        row.getString("warehouse_name"),
                        row.getString("region_name"),
                        row.getInt("quantity"),
                        row.getInt("in_way_to_client"),
                        row.getInt("in_way_from_client")));
              }
            }
            return levels;
          }
        });
  }

  /** A row reader that also says where its row ends a page. */
  @FunctionalInterface
  private interface RowReader<T> {
    Keyed<T> read(ResultSet row) throws SQLException;
  }

  private record Keyed<T>(T record, RecordCursor cursor) {}

  private <T> RecordPage<T> page(
      String what,
      String sql,
      CabinetId cabinet,
      Period period,
      Optional<RecordCursor> after,
      int limit,
      RowReader<T> reader,
      boolean numericKey) {
    int size = Math.max(1, Math.min(limit, LONGEST_PAGE));
    // Without a cursor, the page starts just before the period: every row of it is after that.
    RecordCursor from = after.orElse(new RecordCursor(period.start().minusNanos(1_000), ""));
    return jdbc.once(
        what + " of " + cabinet,
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, cabinet.sid());
            SqlTime.set(query, 2, period.start());
            SqlTime.set(query, 3, period.end());
            SqlTime.set(query, 4, from.at());
            if (numericKey) {
              query.setLong(5, numericKey(from.key()));
            } else {
              query.setString(5, from.key());
            }
            query.setInt(6, size);
            List<T> records = new ArrayList<>();
            RecordCursor last = null;
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                Keyed<T> keyed = reader.read(row);
                records.add(keyed.record());
                last = keyed.cursor();
              }
            }
            return new RecordPage<>(
                records, records.size() == size ? Optional.of(last) : Optional.empty());
          }
        });
  }

  private static long numericKey(String key) {
    if (key.isEmpty()) {
      return Long.MIN_VALUE;
    }
    try {
      return Long.parseLong(key);
    } catch (NumberFormatException notOurs) {
      throw new IllegalArgumentException("not a cursor of this list");
    }
  }

  private static Keyed<Order> order(ResultSet row) throws SQLException {
    Order order =
        new Order(
            row.getString("srid"),
            row.getString("g_number"),
            SqlTime.get(row, "order_date"),
            SqlTime.get(row, "last_change_date"),
            product(row),
            place(row),
            prices(row),
            row.getBoolean("cancelled"),
            SqlTime.get(row, "cancel_date"));
    return new Keyed<>(order, new RecordCursor(order.date(), order.srid()));
  }

  private static Keyed<Sale> sale(ResultSet row) throws SQLException {
    Sale sale =
        new Sale(
            row.getString("sale_id"),
            row.getString("srid"),
            row.getString("g_number"),
            SqlTime.get(row, "sale_date"),
            SqlTime.get(row, "last_change_date"),
            product(row),
            place(row),
            prices(row));
    return new Keyed<>(sale, new RecordCursor(sale.date(), sale.saleId()));
  }

  private static Keyed<Feedback> feedback(ResultSet row) throws SQLException {
    Feedback feedback =
        new Feedback(
            row.getString("feedback_id"),
            row.getInt("product_valuation"),
            row.getString("body"),
            row.getString("pros"),
            row.getString("cons"),
            SqlTime.get(row, "created_date"),
            new FeedbackProduct(
                row.getLong("nm_id"),
                row.getLong("imt_id"),
                row.getString("product_name"),
                row.getString("supplier_article"),
                row.getString("brand_name"),
                row.getString("size_name")),
            row.getString("user_name"));
    return new Keyed<>(feedback, new RecordCursor(feedback.createdDate(), feedback.id()));
  }

  private static Keyed<NotifiedEvent> notifiedRow(ResultSet row) throws SQLException {
    Instant detectedAt = SqlTime.get(row, "detected_at");
    NotifiedEvent event =
        new NotifiedEvent(
            EventType.valueOf(row.getString("event_type")),
            row.getString("event_key"),
            row.getLong("nm_id"),
            SqlTime.get(row, "occurred_at"),
            detectedAt,
            row.getInt("sent"),
            row.getInt("pending"),
            row.getInt("failed"));
    return new Keyed<>(event, new RecordCursor(detectedAt, Long.toString(row.getLong("id"))));
  }

  private static Product product(ResultSet row) throws SQLException {
    return new Product(
        row.getLong("nm_id"),
        row.getString("supplier_article"),
        row.getString("tech_size"),
        row.getString("barcode"),
        row.getString("subject"),
        row.getString("category"),
        row.getString("brand"));
  }

  private static Place place(ResultSet row) throws SQLException {
    return new Place(
        row.getString("warehouse_name"),
        row.getString("warehouse_type"),
        row.getString("region_name"),
        row.getString("oblast_okrug_name"),
        row.getString("country_name"));
  }

  private static Prices prices(ResultSet row) throws SQLException {
    return new Prices(
        row.getBigDecimal("total_price"),
        row.getInt("discount_percent"),
        row.getBigDecimal("spp"),
        row.getBigDecimal("finished_price"),
        row.getBigDecimal("price_with_disc"),
        row.getBigDecimal("for_pay"));
  }
}
