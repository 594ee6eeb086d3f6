package com.wbassist.adapter.persistence;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.figures.BuyoutRate;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.DaysOfStock;
import com.wbassist.domain.figures.ShopSummary;
import com.wbassist.domain.figures.SizeRunningOut;
import com.wbassist.domain.figures.TopProduct;
import com.wbassist.domain.market.Period;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whole Moscow days of a cabinet — one for its daily summary, up to 30 for the API's dashboard —
 * read in one connection: the period's four counts, the five products ordered most, and the sizes
 * at or below the critical stock now.
 */
final class ShopSummaryQuery {
  static final int TOP = 5;

  /**
   * The sizes at or below the critical stock, each with its card size (to name it and to find its
   * orders: the size's barcodes, else its techSize for barcodes the card does not know) and its
   * orders not cancelled in the window's days up to the period's end: the 14 Moscow days ending
   * with its last one, the next day's midnight excluded.
   */
  private static final String RUNNING_OUT =
      """
      with low as (
          select nm_id, chrt_id, total from size_stocks where cabinet_sid = ? and total <= ?),
      sized as (
          select l.nm_id, l.chrt_id, l.total, coalesce(pc.title, '') as title,
                 coalesce(cs.value ->> 'techSize', '') as tech_size,
                 coalesce(cs.value -> 'skus', '[]'::jsonb) as skus,
                 coalesce((select jsonb_agg(sku) from jsonb_array_elements(pc.sizes) z,
                           jsonb_array_elements(z -> 'skus') sku), '[]'::jsonb) as all_skus,
                 cs.value is not null as known
          from low l
          left join product_cards pc on pc.cabinet_sid = ? and pc.nm_id = l.nm_id
          left join lateral (
              select value from jsonb_array_elements(pc.sizes)
              where (value ->> 'chrtId')::bigint = l.chrt_id limit 1) cs on true)
      select s.nm_id, s.title, s.tech_size, s.total,
             case when not s.known then 0 else (
                 select count(*) from orders o
                 where o.cabinet_sid = ? and o.nm_id = s.nm_id and not o.cancelled
                   and o.order_date >= ? and o.order_date < ?
                   and (s.skus @> jsonb_build_array(o.barcode)
                        or (o.tech_size = s.tech_size and o.tech_size <> ''
                            and not s.all_skus @> jsonb_build_array(o.barcode)))) end as recent
      from sized s
      """;

  private static final String TOP_PRODUCTS =
      """
      select o.nm_id, count(*) as orders, coalesce(sum(abs(o.price_with_disc)), 0) as money,
             max(o.supplier_article) as article, max(o.subject) as subject,
             max(pc.title) as title
      from orders o
      left join product_cards pc on pc.cabinet_sid = o.cabinet_sid and pc.nm_id = o.nm_id
      where o.cabinet_sid = ? and o.order_date >= ? and o.order_date < ?
      group by o.nm_id
      order by orders desc, money desc, o.nm_id
      limit ?
      """;

  private final Jdbc jdbc;
  private final DetectionPolicy policy;
  private final FigureQueries queries = new FigureQueries();

  ShopSummaryQuery(Jdbc jdbc, DetectionPolicy policy) {
    this.jdbc = jdbc;
    this.policy = policy;
  }

  ShopSummary of(CabinetId cabinet, Period period) {
    String sid = cabinet.sid();
    return jdbc.once(
        "computing the shop's summary",
        connection -> {
          CountAndSum orders = queries.ofPeriod(connection, sid, "orders", period);
          CountAndSum buyouts = queries.ofPeriod(connection, sid, "buyouts", period);
          CountAndSum cancellations = queries.ofPeriod(connection, sid, "cancellations", period);
          CountAndSum returns = queries.ofPeriod(connection, sid, "returns", period);
          BigDecimal rate = BuyoutRate.of(buyouts.count(), cancellations.count()).orElse(null);
          return new ShopSummary(
              period,
              orders,
              buyouts,
              cancellations,
              returns,
              rate,
              top(connection, sid, period),
              runningOut(connection, sid, period));
        });
  }

  private List<TopProduct> top(Connection connection, String sid, Period period)
      throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(TOP_PRODUCTS)) {
      read.setString(1, sid);
      SqlTime.set(read, 2, period.start());
      SqlTime.set(read, 3, period.end());
      read.setInt(4, TOP);
      List<TopProduct> top = new ArrayList<>();
      try (ResultSet row = read.executeQuery()) {
        while (row.next()) {
          String title = row.getString("title");
          top.add(
              new TopProduct(
                  row.getLong("nm_id"),
                  title == null || title.isBlank() ? row.getString("subject") : title,
                  row.getString("article"),
                  row.getInt("orders"),
                  row.getBigDecimal("money")));
        }
      }
      return top;
    }
  }

  /**
   * Sizes at or below the critical stock, soonest gone first. A size with nothing left and no order
   * in the window is left out: it sells no more, and listing it every day is noise.
   */
  private List<SizeRunningOut> runningOut(Connection connection, String sid, Period period)
      throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(RUNNING_OUT)) {
      read.setString(1, sid);
      read.setInt(2, policy.criticalStock());
      read.setString(3, sid);
      read.setString(4, sid);
      SqlTime.set(read, 5, period.end().minus(DaysOfStock.WINDOW));
      SqlTime.set(read, 6, period.end());
      List<SizeRunningOut> sizes = new ArrayList<>();
      try (ResultSet row = read.executeQuery()) {
        while (row.next()) {
          int left = row.getInt("total");
          int recent = row.getInt("recent");
          if (left == 0 && recent == 0) {
            continue;
          }
          sizes.add(
              new SizeRunningOut(
                  row.getLong("nm_id"),
                  row.getString("title"),
                  row.getString("tech_size"),
                  left,
                  DaysOfStock.of(left, recent).orElse(null)));
        }
      }
      sizes.sort(
          Comparator.comparing(
                  SizeRunningOut::daysOfStock, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparingInt(SizeRunningOut::left)
              .thenComparingLong(SizeRunningOut::nmId));
      return sizes;
    }
  }
}
