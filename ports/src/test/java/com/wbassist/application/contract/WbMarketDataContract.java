package com.wbassist.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.FeedbackList;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.StockLevel;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link WbMarketData} must do with the same WB data — the in-memory
 * fake and the real HTTP adapter against WB-shaped responses alike. The data is round 2 of the
 * public {@code order-lifecycle} scenario, in WB's own JSON (the scenario format's {@code wb}
 * object).
 */
public abstract class WbMarketDataContract {
  protected static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  protected static final int PAGE_LIMIT = 3;

  private WbMarketData wb;
  private WbAccess access;

  /**
   * A WB port whose WB holds {@code wbStateJson} (the scenario format's {@code wb} object: orders,
   * sales, stocks, feedbacks, archive, cards) for the cabinet, serving orders and sales in pages of
   * at most {@code pageLimit} rows.
   */
  protected abstract WbMarketData serving(CabinetId cabinet, String wbStateJson, int pageLimit);

  /** A token the implementation accepts for the cabinet. */
  protected ApiToken tokenFor(CabinetId cabinet) {
    return new ApiToken("eyJhbGciOiJFUzI1NiJ9.eyJzaWQiOiJ4In0.c2ln");
  }

  protected static String roundTwo() {
    try (InputStream in =
        WbMarketDataContract.class.getResourceAsStream("/scenarios/order-lifecycle.json")) {
      JsonNode scenario = new ObjectMapper().readTree(in);
      return scenario.path("rounds").get(2).path("wb").toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant moscow(String local) {
    return MoscowTime.toInstant(LocalDateTime.parse(local));
  }

  @BeforeEach
  void connect() {
    wb = serving(SHOP, roundTwo(), PAGE_LIMIT);
    access = new WbAccess(SHOP, tokenFor(SHOP));
  }

  @Test
  @DisplayName(
      "orders: rows with lastChangeDate >= dateFrom, ascending, at most one page, naive Moscow times read as instants")
  void ordersPage() {
    List<Order> first = wb.ordersPage(access, moscow("2026-11-01T00:00:00")).rows();
    assertEquals(PAGE_LIMIT, first.size());
    assertEquals(
        List.of(),
        wb.ordersPage(access, moscow("2026-11-01T00:00:00")).unreadable(),
        "every row of a well-formed page reads");
    assertEquals(
        List.of(
            "1.r0001e11fce1684117b0nhj900001.3.0",
            "3.r0003e11fce1684117b0nhj900003.3.0",
            "4.r0004e11fce1684117b0nhj900004.3.0"),
        first.stream().map(Order::srid).toList());
    Order dress = first.get(0);
    assertEquals(moscow("2026-11-17T10:00:00"), dress.date());
    assertEquals(Instant.parse("2026-11-17T07:00:00Z"), dress.lastChangeDate());
    assertEquals(101001, dress.product().nmId());
    assertEquals("DRESS-01", dress.product().supplierArticle());
    assertEquals("Коледино", dress.place().warehouseName());
    assertEquals(0, new BigDecimal("1500").compareTo(dress.prices().priceWithDisc()));
    assertEquals(false, dress.cancelled());
    assertNull(dress.cancelDate(), "0001-01-01T00:00:00 means not cancelled");

    List<Order> next = wb.ordersPage(access, first.get(2).lastChangeDate()).rows();
    assertEquals(
        "4.r0004e11fce1684117b0nhj900004.3.0", next.get(0).srid(), "the boundary row comes again");
    Order cancelled =
        next.stream().filter(o -> o.srid().startsWith("2.")).findFirst().orElseThrow();
    assertTrue(cancelled.cancelled());
    assertEquals(moscow("2026-11-18T00:00:00"), cancelled.cancelDate());
    assertTrue(wb.ordersPage(access, moscow("2026-11-19T00:00:00")).isEmpty());
  }

  @Test
  @DisplayName(
      "dateFrom goes to WB in whole seconds, as the cursor keeps it: a fraction never skips the rows of its second")
  void dateFromInWholeSeconds() {
    List<Order> page = wb.ordersPage(access, moscow("2026-11-18T09:10:00.900")).rows();
    assertEquals(moscow("2026-11-18T09:10:00"), page.get(0).lastChangeDate());
  }

  @Test
  @DisplayName("sales: buyouts and returns paged the same way; return money stays as WB signs it")
  void salesPage() {
    List<Sale> sales = wb.salesPage(access, moscow("2026-11-18T09:00:00")).rows();
    assertEquals(List.of("S0000000002", "R0000000001"), sales.stream().map(Sale::saleId).toList());
    Sale returned = sales.get(1);
    assertEquals(
        0,
        new BigDecimal("-1500").compareTo(returned.prices().priceWithDisc()),
        "kept negative: rendering shows it absolute");
    assertEquals(0, new BigDecimal("-1200").compareTo(returned.prices().forPay()));
    assertEquals(101001, returned.product().nmId());
  }

  @Test
  @DisplayName("stocks: the complete snapshot, per size and warehouse")
  void stocks() {
    List<StockLevel> stocks = wb.stocks(access).rows();
    assertEquals(5, stocks.size());
    StockLevel low =
        stocks.stream().filter(s -> s.size().chrtId() == 302).findFirst().orElseThrow();
    assertEquals(2, low.quantity());
    assertEquals(101001, low.size().nmId());
    assertEquals("Коледино", low.warehouseName());
  }

  @Test
  @DisplayName("reviews: each list newest first, with skip and take; createdDate with offset")
  void feedbacks() {
    List<Feedback> first = wb.feedbacksPage(access, FeedbackList.UNANSWERED, 0, 2).rows();
    assertEquals(List.of("F0000000003", "F0000000002"), first.stream().map(Feedback::id).toList());
    assertEquals(Instant.parse("2026-11-18T06:14:00Z"), first.get(0).createdDate());
    assertEquals(2, first.get(1).productValuation());
    assertEquals(
        "Села после стирки <на размер меньше>",
        first.get(1).text(),
        "text comes raw; rendering escapes it");
    assertEquals("Качество & цвет", first.get(1).cons());
    assertEquals(
        List.of("F0000000001", "F0000000009"),
        wb.feedbacksPage(access, FeedbackList.UNANSWERED, 2, 2).rows().stream()
            .map(Feedback::id)
            .toList());
    assertTrue(wb.feedbacksPage(access, FeedbackList.ARCHIVE, 0, 2).isEmpty());
  }

  @Test
  @DisplayName("cards: a page after the cursor, with photos and sizes; a short page is the last")
  void cards() {
    CardsPage first = wb.cardsPage(access, Optional.empty(), 2);
    assertEquals(List.of(101001L, 101002L), first.cards().stream().map(c -> c.nmId()).toList());
    assertEquals(
        "sandbox:/images/101001/c516x688/1.webp",
        first.cards().get(0).mainPhotoUrl().orElseThrow());
    assertEquals("44", first.cards().get(0).size(302).orElseThrow().techSize());
    assertEquals(false, first.isLast(2));
    CardsPage second = wb.cardsPage(access, first.next(), 2);
    assertEquals(List.of(101003L), second.cards().stream().map(c -> c.nmId()).toList());
    assertTrue(second.isLast(2));
    assertTrue(second.cards().get(0).mainPhotoUrl().isEmpty(), "a card without photos");
  }
}
