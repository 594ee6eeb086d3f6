package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.port.in.SyncReport;
import com.wbassist.application.port.out.SetAsideEntry;
import com.wbassist.application.port.out.SetAsideKind;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.StockLevel;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, poison handling: a row WB sends that cannot be read is set aside with its reason and
 * the rest of its page flows — no page refused for one row, no stream stalled, nothing skipped in
 * silence.
 */
class UnreadableWbRowsTest {
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000614");
  private static final String NOT_A_NUMBER = "nmId should be a number but is an object";

  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @BeforeEach
  void primarySyncDone() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.wb.holds(SHOP, initialStock());
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded());
    world.clock.set(moscow("2026-11-18T10:30:00"));
  }

  @Test
  @DisplayName(
      "an order that cannot be read in the middle of a page: the others are stored and told, the bad"
          + " one is set aside with its key and reason")
  void badOrderInTheMiddle() {
    holdOrders("09:05:00", "09:07:00");
    world.wb.holdsUnreadable(
        SHOP, SyncStream.ORDERS, at("09:06:00"), bad("srid-bad", Optional.of(at("09:06:00"))));

    SyncReport report = world.sync.syncNow(SHOP).orElseThrow();

    assertTrue(report.succeeded(), "one bad row is no failure of the stream");
    assertEquals(List.of("K0", "K1"), storedOrders());
    assertEquals(List.of("K0", "K1"), eventKeys(EventType.NEW_ORDER));
    assertEquals(
        List.of(
            new SetAsideRow(
                SetAsideKind.ORDER_ROW,
                SHOP.sid(),
                "srid-bad",
                NOT_A_NUMBER,
                "nmId: {…}",
                world.clock.instant())),
        world.setAside.rows());
    assertEquals(Optional.of(at("09:07:00")), world.orders.cursor(SHOP));
  }

  @Test
  @DisplayName(
      "a full page whose last row cannot be read, not even its date: still full, and the cursor"
          + " moves on from the last date read; every readable row arrives")
  void fullPageEndingInABadRow() {
    usePages(3);
    holdOrders("09:05:00", "09:06:00", "09:08:00", "09:20:00");
    world.wb.holdsUnreadable(SHOP, SyncStream.ORDERS, at("09:07:00"), bad("", Optional.empty()));

    SyncReport report = world.sync.syncNow(SHOP).orElseThrow();

    assertTrue(report.succeeded());
    assertEquals(List.of("K0", "K1", "K2", "K3"), storedOrders());
    assertEquals(Optional.of(at("09:20:00")), world.orders.cursor(SHOP));
    assertEquals(Map.of(), report.possiblyMissed(), "the page moved: nothing possibly missed");
    List<SetAsideEntry> aside = world.setAside.newest(10);
    assertEquals(1, aside.size(), "set aside once");
    assertEquals(2, aside.get(0).timesSeen(), "seen on both pages that held it");
    assertEquals(
        List.of(at("09:06:00"), at("09:08:00")),
        asked().subList(1, asked().size()),
        "three requests, from the window on: the cursor never stood still");
  }

  @Test
  @DisplayName(
      "a full page none of whose rows can be read: the cursor steps one second on, that second is"
          + " reported, and the rows after it arrive")
  void fullPageOfBadRows() {
    usePages(3);
    Instant cursor = world.syncPolicy.statisticsCursor(Optional.empty(), world.clock.instant());
    world.wb.holds(
        SHOP,
        new CabinetData(
            List.of(order("K9").date("2026-11-18T09:30:00").build()),
            List.of(),
            initialStock().stocks(),
            List.of(),
            List.of(),
            List.of()));
    for (int i = 0; i < 3; i++) {
      world.wb.holdsUnreadable(SHOP, SyncStream.ORDERS, cursor, bad("bad-" + i, Optional.empty()));
    }

    SyncReport report = world.sync.syncNow(SHOP).orElseThrow();

    assertTrue(report.succeeded());
    assertEquals(Map.of(SyncStream.ORDERS, List.of(cursor)), report.possiblyMissed());
    assertEquals(List.of("K9"), storedOrders());
    assertEquals(3, world.setAside.rows().size());
    assertEquals(Optional.of(at("09:30:00")), world.orders.cursor(SHOP));
  }

  @Test
  @DisplayName(
      "when a bad row cannot be set aside, the stream does not move past it: nothing of the page is"
          + " stored, and the next pass records it and goes on")
  void notRecordedNotPassed() {
    holdOrders("09:05:00", "09:07:00");
    world.wb.holdsUnreadable(
        SHOP, SyncStream.ORDERS, at("09:06:00"), bad("srid-bad", Optional.of(at("09:06:00"))));
    Optional<Instant> before = world.orders.cursor(SHOP);
    world.setAside.failNextWrite(new IllegalStateException("database down"));

    SyncReport failed = world.sync.syncNow(SHOP).orElseThrow();

    assertTrue(failed.failures().containsKey(SyncStream.ORDERS), failed.toString());
    assertEquals(List.of(), storedOrders());
    assertEquals(before, world.orders.cursor(SHOP), "the cursor stayed where it was");

    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded());
    assertEquals(List.of("K0", "K1"), storedOrders());
    assertEquals(1, world.setAside.rows().size());
  }

  @Test
  @DisplayName(
      "a review that cannot be read: set aside; the reviews around it are stored and a negative one"
          + " is told")
  void badReview() {
    Feedback angry = feedback("F1").stars(1).created("2026-11-18T09:12:00").build();
    Feedback happy = feedback("F2").stars(5).created("2026-11-18T09:10:00").build();
    world.wb.holds(
        SHOP,
        new CabinetData(
            List.of(),
            List.of(),
            initialStock().stocks(),
            List.of(angry, happy),
            List.of(),
            List.of()));
    world.wb.holdsUnreadable(
        SHOP,
        SyncStream.FEEDBACKS,
        moscow("2026-11-18T09:11:00"),
        new UnreadableRow(0, "F-bad", "productValuation is missing", ""));

    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded());

    assertEquals(
        List.of("F1", "F2"),
        world.feedbacks.stored(SHOP).stream().map(Feedback::id).sorted().toList());
    assertEquals(List.of("F1"), eventKeys(EventType.NEGATIVE_REVIEW));
    assertEquals(List.of("F-bad"), world.setAside.rows().stream().map(SetAsideRow::key).toList());
    assertEquals(SetAsideKind.FEEDBACK_ROW, world.setAside.rows().get(0).kind());
  }

  @Test
  @DisplayName(
      "a card that cannot be read: set aside once, the others stored, and the card cursor moves past"
          + " it (the next pass asks after it and finds nothing new)")
  void badCard() {
    ProductCard dress = card(101001, "Платье", null);
    ProductCard shirt = card(101002, "Рубашка", null);
    world.wb.holds(
        SHOP,
        new CabinetData(
            List.of(),
            List.of(),
            initialStock().stocks(),
            List.of(),
            List.of(),
            List.of(dress, shirt)));
    world.wb.holdsUnreadable(
        SHOP,
        SyncStream.CARDS,
        dress.updatedAt(),
        new UnreadableRow(0, "101003", "updatedAt is missing", ""));

    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded());
    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded());

    assertEquals(2, world.cards.stored(SHOP).size());
    List<SetAsideEntry> aside = world.setAside.newest(10);
    assertEquals(1, aside.size());
    assertEquals(1, aside.get(0).timesSeen(), "the cursor moved past it: not fetched again");
  }

  @Test
  @DisplayName(
      "a stock row that cannot be read keeps its size out of judgement (its readable rows alone"
          + " would look like running out); other sizes are judged as usual")
  void badStockRowOfAKnownSize() {
    world.wb.holds(
        SHOP,
        stocks(
            stock(1, 11, 1, "Коледино", 5),
            stock(1, 12, 1, "Коледино", 1),
            stock(1, 13, 1, "Коледино", 10)));
    world.wb.holdsUnreadable(
        SHOP,
        SyncStream.STOCKS,
        NOW,
        new UnreadableRow(0, new SizeKey(1, 11).key(), "quantity should be a number", ""));

    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded());

    assertEquals(
        List.of("1:12"), eventKeys(EventType.CRITICAL_STOCK), "only the size that ran low");
    assertEquals(10, world.stocks.sizeStocks(SHOP).get(new SizeKey(1, 11)).total(), "kept");
    assertEquals(1, world.stocks.sizeStocks(SHOP).get(new SizeKey(1, 12)).total());
    assertEquals(3, world.stocks.snapshot(SHOP).size(), "every readable row is stored");
  }

  @Test
  @DisplayName(
      "a stock row that cannot be read nor tell its size: no size counts as vanished this pass")
  void badStockRowOfAnUnknownSize() {
    world.wb.holds(SHOP, stocks(stock(1, 11, 1, "Коледино", 5), stock(1, 11, 2, "Казань", 5)));
    world.wb.holdsUnreadable(
        SHOP, SyncStream.STOCKS, NOW, new UnreadableRow(0, "", "nmId is missing", ""));

    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded());

    assertEquals(List.of(), eventKeys(EventType.CRITICAL_STOCK), "1:12 and 1:13 may be that row");
    assertEquals(10, world.stocks.sizeStocks(SHOP).get(new SizeKey(1, 12)).total());

    world.wb.holds(SHOP, stocks(stock(1, 11, 1, "Коледино", 5), stock(1, 11, 2, "Казань", 5)));
    assertTrue(world.sync.syncNow(SHOP).orElseThrow().succeeded());
    assertEquals(
        List.of("1:12", "1:13"),
        eventKeys(EventType.CRITICAL_STOCK),
        "with a complete snapshot again, vanished sizes count as 0");
  }

  // -- the world --------------------------------------------------------------------------------

  /** Three sizes of ten each, two warehouses for the first: the primary sync's baseline. */
  private static CabinetData initialStock() {
    return stocks(
        stock(1, 11, 1, "Коледино", 5),
        stock(1, 11, 2, "Казань", 5),
        stock(1, 12, 1, "Коледино", 10),
        stock(1, 13, 1, "Коледино", 10));
  }

  private static CabinetData stocks(StockLevel... levels) {
    return new CabinetData(List.of(), List.of(), List.of(levels), List.of(), List.of(), List.of());
  }

  private static UnreadableRow bad(String srid, Optional<Instant> changed) {
    return new UnreadableRow(0, srid, changed, NOT_A_NUMBER, "nmId: {…}");
  }

  private void usePages(int limit) {
    world.syncPolicy = world.syncPolicy.withStatisticsPageLimit(limit);
    world.wb.pageLimit(limit);
  }

  /** Orders K0, K1, … changed at these Moscow times of 2026-11-18; the stock as it was. */
  private void holdOrders(String... changedAt) {
    List<Order> orders = new java.util.ArrayList<>();
    for (int i = 0; i < changedAt.length; i++) {
      orders.add(order("K" + i).date("2026-11-18T" + changedAt[i]).build());
    }
    world.wb.holds(
        SHOP,
        new CabinetData(
            orders, List.of(), initialStock().stocks(), List.of(), List.of(), List.of()));
  }

  private List<String> storedOrders() {
    return world.orders.stored(SHOP).stream().map(Order::srid).sorted().toList();
  }

  private List<String> eventKeys(EventType type) {
    return world.outbox.allEvents().stream()
        .filter(e -> e.event().type() == type)
        .map(e -> e.event().key())
        .sorted()
        .toList();
  }

  /** The dateFroms orders were asked with since the primary sync. */
  private List<Instant> asked() {
    List<Instant> all = world.wb.dateFroms(SyncStream.ORDERS);
    return all.subList(1, all.size());
  }

  private static Instant at(String time) {
    return moscow("2026-11-18T" + time);
  }
}
