package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.BulkRows.Column;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Place;
import com.wbassist.domain.market.Prices;
import com.wbassist.domain.market.Product;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** WB-like order rows for the benchmark, ascending by lastChangeDate, and their COPY text. */
final class BenchmarkOrders {
  static final String COLUMN_NAMES =
      OrderPersistenceAdapter.COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));

  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
  private static final String[] WAREHOUSES = {
    "Коледино", "Подольск", "Электросталь", "Казань", "Краснодар"
  };
  private static final String[] REGIONS = {
    "Московская область", "Санкт-Петербург", "Татарстан", "Краснодарский край"
  };

  private BenchmarkOrders() {}

  static List<Order> generate(int count, int seed) {
    List<Order> orders = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long nmId = 100_000_000L + (i % 5_000);
      Instant date = START.plus(Duration.ofSeconds(i * 20L));
      Product product =
          new Product(
              nmId,
              "ART-" + (i % 5_000),
              String.valueOf(40 + i % 8),
              "20000" + (1_000_000 + i % 40_000),
              "Платья",
              "Одежда",
              "Лето");
      Place place =
          new Place(
              WAREHOUSES[i % WAREHOUSES.length],
              "Склад WB",
              REGIONS[i % REGIONS.length],
              "Центральный федеральный округ",
              "Россия");
      Prices prices =
          new Prices(
              new BigDecimal("2400"),
              38,
              new BigDecimal("21"),
              new BigDecimal("1185.50"),
              new BigDecimal("1488.00"),
              BigDecimal.ZERO);
      orders.add(
          new Order(
              "srid-" + seed + "-" + i + ".0.0",
              "g-" + (i / 3),
              date,
              date.plusSeconds(60),
              product,
              place,
              prices,
              false,
              null));
    }
    return orders;
  }

  /**
   * The same rows, every {@code n}th one cancelled with a newer lastChangeDate: what an incremental
   * page brings.
   */
  static List<Order> changeEvery(List<Order> rows, int n) {
    List<Order> changed = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Order o = rows.get(i);
      changed.add(
          i % n == 0
              ? new Order(
                  o.srid(),
                  o.gNumber(),
                  o.date(),
                  o.lastChangeDate().plusSeconds(3600),
                  o.product(),
                  o.place(),
                  o.prices(),
                  true,
                  o.lastChangeDate().plusSeconds(3600))
              : o);
    }
    return changed;
  }

  /** PostgreSQL COPY text format: tab-separated, \N for null. */
  static String copyText(String cabinet, List<Order> rows) {
    StringBuilder text = new StringBuilder(rows.size() * 400);
    for (Order row : rows) {
      text.append(cabinet);
      for (Column<Order> column : OrderPersistenceAdapter.COLUMNS) {
        String value = column.text().apply(row);
        text.append('\t').append(value == null ? "\\N" : escape(value));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static String escape(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }
}
