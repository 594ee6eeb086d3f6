package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.wbassist.application.port.out.StockBatch;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A failure injected by the database in the middle of a write — after the rows, at the cursor or at
 * the events — leaves nothing of that write behind.
 */
class AtomicWriteTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("atomic-shop");
  private static final Instant NOW = moscow("2026-11-18T10:00:00");

  @AfterEach
  void removeFailures() {
    db.execute("drop trigger if exists injected on outbox_events");
    db.execute("drop trigger if exists injected on stream_positions");
    db.execute("drop function if exists injected_failure()");
  }

  private static void failOn(String table) {
    db.execute(
        "create or replace function injected_failure() returns trigger language plpgsql as"
            + " $$ begin raise exception 'injected failure'; end $$");
    db.execute(
        "create trigger injected before insert or update on "
            + table
            + " for each row execute function injected_failure()");
  }

  /** A page as large as a real one, so the COPY staging path is the one under test. */
  private StreamBatch<Order> bigPage() {
    List<Order> rows = BenchmarkOrders.generate(5_000, 7);
    List<MarketEvent> events =
        rows.subList(0, 10).stream().map(o -> (MarketEvent) new OrderPlaced(SHOP, o)).toList();
    return new StreamBatch<>(
        leaseOf(SHOP), rows, Optional.of(rows.get(4_999).lastChangeDate()), events, NOW);
  }

  @Test
  @DisplayName("events failing after rows and cursor: no row, no cursor, no event")
  void failureAtTheEvents() {
    failOn("outbox_events");
    assertThrows(RuntimeException.class, () -> adapters.orders().store(bigPage()));
    assertNothingStored();
  }

  @Test
  @DisplayName("the cursor failing after the rows: no row, no event")
  void failureAtTheCursor() {
    failOn("stream_positions");
    assertThrows(RuntimeException.class, () -> adapters.orders().store(bigPage()));
    assertNothingStored();
  }

  @Test
  @DisplayName("the same page stored after the failure is stored whole")
  void retryAfterFailure() {
    failOn("outbox_events");
    assertThrows(RuntimeException.class, () -> adapters.orders().store(bigPage()));
    removeFailures();
    adapters.orders().store(bigPage());
    assertEquals(5_000, count("select count(*) from orders"));
    assertEquals(10, count("select count(*) from outbox_events"));
    assertEquals(bigPage().cursor(), adapters.orders().cursor(SHOP));
  }

  @Test
  @DisplayName("a stock snapshot whose events fail leaves the previous snapshot and totals")
  void stockSnapshot() {
    SizeKey size = new SizeKey(101001, 302);
    adapters
        .stocks()
        .store(
            new StockBatch(
                leaseOf(SHOP),
                List.of(stock(101001, 302, 507, "Коледино", 9)),
                List.of(new SizeStock(size, 9, 0)),
                List.of(),
                NOW));
    failOn("outbox_events");
    StockBatch low =
        new StockBatch(
            leaseOf(SHOP),
            List.of(stock(101001, 302, 507, "Коледино", 1)),
            List.of(new SizeStock(size, 1, 1)),
            List.of(new com.wbassist.domain.event.StockRanLow(SHOP, size, 1, 1, List.of(), NOW)),
            NOW);
    assertThrows(RuntimeException.class, () -> adapters.stocks().store(low));
    assertEquals(9, adapters.stocks().sizeStocks(SHOP).get(size).total());
    assertEquals(9, count("select sum(quantity) from stock_levels"));
  }

  @Test
  @DisplayName("cards whose cursor fails are not stored either")
  void cardsAndCursor() {
    failOn("stream_positions");
    var dress = card(101001, "Платье", null);
    assertThrows(
        RuntimeException.class,
        () ->
            adapters
                .productCards()
                .store(
                    leaseOf(SHOP),
                    List.of(dress),
                    Optional.of(new CardCursor(dress.updatedAt(), 1))));
    assertEquals(Optional.empty(), adapters.productCards().card(SHOP, 101001));
  }

  private static void assertNothingStored() {
    assertEquals(0, count("select count(*) from orders"));
    assertEquals(0, count("select count(*) from outbox_events"));
    assertEquals(Optional.empty(), adapters.orders().cursor(SHOP));
  }
}
