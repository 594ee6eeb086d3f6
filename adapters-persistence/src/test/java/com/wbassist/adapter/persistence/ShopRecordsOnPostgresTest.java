package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.NotifiedEvent;
import com.wbassist.application.port.out.RecordCursor;
import com.wbassist.application.port.out.RecordPage;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShopRecordsOnPostgresTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("shop-a");
  // 1 December, Moscow: 2026-11-30T21:00Z .. 2026-12-01T21:00Z
  private static final Period FIRST_OF_DECEMBER =
      new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));

  private final StoredRows rows = new StoredRows(db);

  @Test
  @DisplayName(
      "orders are read by their own Moscow date, in pages that neither repeat nor skip a row")
  void pagesOfOrders() {
    rows.order("shop-a", "before", Instant.parse("2026-11-30T20:59:59Z"), Instant.now());
    for (int i = 0; i < 7; i++) {
      // Three share one second: the key orders them.
      rows.order(
          "shop-a",
          "o" + i,
          Instant.parse("2026-11-30T21:00:00Z").plusSeconds(i < 3 ? 0 : i * 600L),
          Instant.now());
    }
    rows.order("shop-a", "after", Instant.parse("2026-12-01T21:00:00Z"), Instant.now());
    rows.order("shop-b", "foreign", Instant.parse("2026-12-01T10:00:00Z"), Instant.now());

    List<String> read = new ArrayList<>();
    Optional<RecordCursor> after = Optional.empty();
    int pages = 0;
    do {
      RecordPage<Order> page = adapters.shopRecords().orders(SHOP, FIRST_OF_DECEMBER, after, 2);
      page.records().forEach(o -> read.add(o.srid()));
      // The cursor goes to the client and back as text.
      after = page.next().map(RecordCursor::text).flatMap(RecordCursor::parse);
      pages++;
    } while (after.isPresent());
    assertEquals(List.of("o0", "o1", "o2", "o3", "o4", "o5", "o6"), read);
    assertEquals(4, pages, "three full pages and the last, short one");
  }

  @Test
  @DisplayName("an order reads back whole: product, place, money, cancellation")
  void wholeOrder() {
    rows.order("shop-a", "o1", Instant.parse("2026-12-01T09:00:00Z"), Instant.now());
    Order order =
        adapters
            .shopRecords()
            .orders(SHOP, FIRST_OF_DECEMBER, Optional.empty(), 10)
            .records()
            .get(0);
    assertEquals("o1", order.srid());
    assertEquals(1, order.product().nmId());
    assertEquals("wt", order.place().warehouseType());
    assertEquals(0, order.prices().priceWithDisc().compareTo(java.math.BigDecimal.valueOf(100)));
    assertEquals(false, order.cancelled());
  }

  @Test
  @DisplayName("sales and feedbacks of another cabinet or another day are never read")
  void salesAndFeedbacks() {
    rows.sale("shop-a", "S1", Instant.parse("2026-12-01T09:00:00Z"), Instant.now());
    rows.sale("shop-b", "S2", Instant.parse("2026-12-01T09:00:00Z"), Instant.now());
    rows.sale("shop-a", "R3", Instant.parse("2026-12-02T09:00:00Z"), Instant.now());
    rows.feedback("shop-a", "f1", Instant.parse("2026-12-01T09:00:00Z"));
    rows.feedback("shop-b", "f2", Instant.parse("2026-12-01T09:00:00Z"));
    assertEquals(
        List.of("S1"),
        adapters
            .shopRecords()
            .sales(SHOP, FIRST_OF_DECEMBER, Optional.empty(), 10)
            .records()
            .stream()
            .map(s -> s.saleId())
            .toList());
    assertEquals(
        List.of("f1"),
        adapters
            .shopRecords()
            .feedbacks(SHOP, FIRST_OF_DECEMBER, Optional.empty(), 10)
            .records()
            .stream()
            .map(f -> f.id())
            .toList());
  }

  @Test
  @DisplayName(
      "notified events count their messages by state, paged by detection time to the microsecond")
  void notified() {
    Instant detected = Instant.parse("2026-12-01T09:00:00.123456Z");
    long first = rows.event("shop-a", "srid-1", detected, true);
    rows.delivery(first, 1001, "SENT", detected.plusSeconds(1));
    rows.delivery(first, 1002, "FAILED", detected.plusSeconds(1));
    rows.delivery(first, 1003, "PENDING", detected.plusSeconds(1));
    long second = rows.event("shop-a", "srid-2", detected, true);
    rows.event("shop-b", "srid-3", detected, true);

    RecordPage<NotifiedEvent> page =
        adapters.shopRecords().notified(SHOP, FIRST_OF_DECEMBER, Optional.empty(), 1);
    NotifiedEvent event = page.records().get(0);
    assertEquals("srid-1", event.key());
    assertEquals(List.of(1, 1, 1), List.of(event.sent(), event.pending(), event.failed()));
    RecordPage<NotifiedEvent> next =
        adapters
            .shopRecords()
            .notified(
                SHOP, FIRST_OF_DECEMBER, page.next().flatMap(c -> RecordCursor.parse(c.text())), 1);
    assertEquals(List.of("srid-2"), next.records().stream().map(NotifiedEvent::key).toList());
    assertTrue(second > first);
    RecordPage<NotifiedEvent> last =
        adapters.shopRecords().notified(SHOP, FIRST_OF_DECEMBER, next.next(), 1);
    assertTrue(last.records().isEmpty());
    assertTrue(last.next().isEmpty());
  }
}
