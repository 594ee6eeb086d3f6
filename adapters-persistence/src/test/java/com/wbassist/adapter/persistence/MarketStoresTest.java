package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.size;
import static com.wbassist.domain.testdata.MarketRows.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.out.StockBatch;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.KnownOrder;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bulk stores beyond the contract: large pages (the COPY path), what the columns hold, and no
 * needless writes.
 */
class MarketStoresTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("market-shop");
  private static final Instant NOW = moscow("2026-11-18T10:00:00");

  private void storeOrders(List<Order> rows) {
    adapters
        .orders()
        .store(new StreamBatch<>(leaseOf(SHOP), rows, Optional.empty(), List.of(), NOW));
  }

  @Test
  @DisplayName("a WB-sized page is stored whole and its keys' state comes back in one call")
  void largePage() {
    List<Order> rows = BenchmarkOrders.generate(6_000, 1);
    storeOrders(rows);
    Map<String, KnownOrder> known =
        adapters.orders().knownOrders(SHOP, rows.stream().map(Order::srid).toList());
    assertEquals(6_000, known.size());
    storeOrders(BenchmarkOrders.changeEvery(rows, 3));
    assertEquals(2_000, count("select count(*) from orders where cancelled"));
  }

  @Test
  @DisplayName("on the COPY path too, an older version never replaces a newer one")
  void olderNeverWinsInBulk() {
    List<Order> rows = BenchmarkOrders.generate(3_000, 2);
    storeOrders(BenchmarkOrders.changeEvery(rows, 1));
    storeOrders(rows);
    assertEquals(3_000, count("select count(*) from orders where cancelled"));
  }

  @Test
  @DisplayName("rows fetched again unchanged are not rewritten, on either path")
  void unchangedRowsStayPut() {
    List<Order> small = List.of(order("A").build(), order("B").build());
    List<Order> large = BenchmarkOrders.generate(2_500, 3);
    storeOrders(small);
    storeOrders(large);
    String versions = "select string_agg(xmin::text, ',' order by srid) from orders";
    Object before = query(versions);
    storeOrders(small);
    storeOrders(large);
    assertEquals(before, query(versions));
  }

  @Test
  @DisplayName(
      "the same key twice in one page keeps the newest version; same date but new content replaces")
  void repeatedKeysAndEqualDates() {
    Order placed = order("A").changed("2026-11-18T09:00:00").build();
    Order cancelled =
        order("A").changed("2026-11-18T09:30:00").cancelled("2026-11-18T09:30:00").build();
    storeOrders(List.of(cancelled, placed));
    assertEquals(
        Map.of("A", new KnownOrder("A", true)), adapters.orders().knownOrders(SHOP, List.of("A")));
    storeOrders(
        List.of(
            order("A")
                .changed("2026-11-18T09:30:00")
                .cancelled("2026-11-18T09:30:00")
                .price("999")
                .build()));
    assertEquals(new BigDecimal("999"), query("select price_with_disc from orders"));
  }

  @Test
  @DisplayName("an order's columns hold what WB sent")
  void columns() {
    Order row = order("A").date("2026-11-18T09:05:00").price("1488.50").build();
    storeOrders(List.of(row));
    assertEquals(new BigDecimal("1488.50"), query("select price_with_disc from orders"));
    assertEquals("Коледино", query("select warehouse_name from orders"));
    assertEquals(
        row.date(), ((java.sql.Timestamp) query("select order_date from orders")).toInstant());
    assertEquals(101001L, query("select nm_id from orders"));
  }

  @Test
  @DisplayName(
      "a stock snapshot replaces the cabinet's previous one, duplicates and all, and only its own")
  void stockSnapshots() {
    CabinetId other = new CabinetId("other");
    SizeKey size = new SizeKey(101001, 302);
    adapters
        .stocks()
        .store(
            new StockBatch(
                leaseOf(other), List.of(stock(1, 1, 1, "Казань", 5)), List.of(), List.of(), NOW));
    adapters
        .stocks()
        .store(
            new StockBatch(
                leaseOf(SHOP),
                List.of(
                    stock(101001, 302, 507, "Коледино", 4), stock(101001, 302, 507, "Коледино", 4)),
                List.of(new SizeStock(size, 8, 0)),
                List.of(),
                NOW));
    adapters
        .stocks()
        .store(
            new StockBatch(
                leaseOf(SHOP),
                List.of(stock(101001, 302, 508, "Подольск", 1)),
                List.of(new SizeStock(size, 1, 1)),
                List.of(),
                NOW));
    assertEquals(1, count("select count(*) from stock_levels where cabinet_sid = 'market-shop'"));
    assertEquals(1, count("select count(*) from stock_levels where cabinet_sid = 'other'"));
    assertEquals(Map.of(size, new SizeStock(size, 1, 1)), adapters.stocks().sizeStocks(SHOP));
  }

  @Test
  @DisplayName("a large snapshot (the COPY path) replaces the previous one whole")
  void largeStockSnapshot() {
    List<com.wbassist.domain.market.StockLevel> big =
        java.util.stream.IntStream.range(0, 3_000)
            .mapToObj(i -> stock(200_000 + i, i, 507, "Коледино\tСклад", i % 7))
            .toList();
    adapters.stocks().store(new StockBatch(leaseOf(SHOP), big, List.of(), List.of(), NOW));
    assertEquals(3_000, count("select count(*) from stock_levels"));
    assertEquals("Коледино\tСклад", query("select distinct warehouse_name from stock_levels"));
    adapters
        .stocks()
        .store(new StockBatch(leaseOf(SHOP), big.subList(0, 2_500), List.of(), List.of(), NOW));
    assertEquals(2_500, count("select count(*) from stock_levels"));
  }

  @Test
  @DisplayName("a review fetched again replaces the stored one")
  void feedbackReplaced() {
    adapters
        .feedbacks()
        .store(
            new StreamBatch<>(
                leaseOf(SHOP),
                List.of(feedback("F").stars(2).build()),
                Optional.empty(),
                List.of(),
                NOW));
    adapters
        .feedbacks()
        .store(
            new StreamBatch<>(
                leaseOf(SHOP),
                List.of(feedback("F").stars(4).build()),
                Optional.empty(),
                List.of(),
                NOW));
    assertEquals(4, query("select product_valuation from feedbacks"));
  }

  @Test
  @DisplayName("card photos and sizes are JSON arrays in the table")
  void cardJson() {
    adapters
        .productCards()
        .store(
            leaseOf(SHOP),
            List.of(card(5, "T", "https://x/1.webp", size(1, "42"), size(2, "44"))),
            Optional.empty());
    assertEquals(2, query("select jsonb_array_length(sizes) from product_cards"));
    assertEquals("https://x/1.webp", query("select photos->0->>'big' from product_cards"));
  }
}
