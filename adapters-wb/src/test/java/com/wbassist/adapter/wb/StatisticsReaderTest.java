package com.wbassist.adapter.wb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.SaleKind;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatisticsReaderTest {

  @Test
  @DisplayName(
      "the spec's order row becomes an Order with Moscow times, signed money and its cancellation")
  void specOrder() {
    Order order = Json.read(StatisticsReader::orders, WbSamples.SPEC_ORDERS).get(0);

    assertEquals("11.rf9ef11fce1684117b0nhj96222982382.3.0", order.srid());
    assertEquals("34343462218572569531", order.gNumber());
    assertEquals(Instant.parse("2022-03-04T15:08:31Z"), order.date());
    assertEquals(Instant.parse("2022-03-06T07:11:07Z"), order.lastChangeDate());
    assertTrue(order.cancelled());
    assertEquals(Instant.parse("2022-03-08T21:00:00Z"), order.cancelDate());
    assertEquals(1234567, order.product().nmId());
    assertEquals("12345", order.product().supplierArticle());
    assertEquals("Мультистайлеры", order.product().subject());
    assertEquals("Подольск", order.place().warehouseName());
    assertEquals("Склад продавца", order.place().warehouseType());
    assertEquals("Московская", order.place().regionName());
    assertEquals(new BigDecimal("1547"), order.prices().priceWithDisc());
    assertEquals(18, order.prices().discountPercent());
    assertEquals(BigDecimal.ZERO, order.prices().forPay());
  }

  @Test
  @DisplayName("an order not cancelled carries WB's 0001-01-01 cancelDate, which means none")
  void notCancelled() {
    Order order =
        Json.read(
                StatisticsReader::orders,
                """
        [{"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00","srid":"a","isCancel":false,
          "cancelDate":"0001-01-01T00:00:00","nmId":1}]""")
            .get(0);
    assertFalse(order.cancelled());
    assertNull(order.cancelDate());
  }

  @Test
  @DisplayName(
      "the spec's sale row becomes a buyout with forPay; a return keeps WB's negative amounts")
  void salesAndReturns() {
    List<Sale> sales = Json.read(StatisticsReader::sales, WbSamples.SPEC_SALES_AND_RETURN);

    assertEquals(SaleKind.BUYOUT, sales.get(0).kind());
    assertEquals(new BigDecimal("1284.01"), sales.get(0).prices().forPay());
    assertEquals(SaleKind.RETURN, sales.get(1).kind());
    assertEquals(new BigDecimal("-160"), sales.get(1).prices().forPay());
    assertEquals(new BigDecimal("-400.5"), sales.get(1).prices().priceWithDisc());
  }

  @Test
  @DisplayName(
      "money WB has not filled in yet is zero, missing money is zero, and null text is empty")
  void unfilledAndMissing() {
    Sale sale =
        Json.read(
                StatisticsReader::sales,
                """
        [{"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00","saleID":"S1","srid":"a",
          "finishedPrice":0,"priceWithDisc":0,"forPay":0,"brand":null,"spp":null}]""")
            .get(0);
    assertEquals(0, sale.prices().forPay().signum());
    assertEquals(0, sale.prices().totalPrice().signum());
    assertEquals("", sale.product().brand());
    assertEquals(0, sale.product().nmId());
  }

  @Test
  @DisplayName(
      "nmID spelled the content API's way is read as nmId; unknown fields, however nested, are stepped over")
  void nmIdSpellingsAndUnknownFields() {
    Order order =
        Json.read(
                StatisticsReader::orders,
                """
        [{"newField":{"deep":[1,{"x":[]}]},"nmID":987,"date":"2026-11-18T09:00:00","srid":"a",
          "lastChangeDate":"2026-11-18T09:05:00","sticker":"926912515","incomeID":5,"isSupply":false}]""")
            .get(0);
    assertEquals(987, order.product().nmId());
  }

  @Test
  @DisplayName("numbers sent as text and a fractional spp are read")
  void lenientNumbers() {
    Order order =
        Json.read(
                StatisticsReader::orders,
                """
        [{"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00","srid":"a","nmId":"123",
          "totalPrice":"1887.5","spp":25.5,"barcode":2000000000301}]""")
            .get(0);
    assertEquals(123, order.product().nmId());
    assertEquals(new BigDecimal("1887.5"), order.prices().totalPrice());
    assertEquals(new BigDecimal("25.5"), order.prices().spp());
    assertEquals("2000000000301", order.product().barcode());
  }

  @Test
  @DisplayName("text repeated down a page is one String")
  void repeatedTextIsShared() {
    List<Order> orders =
        Json.read(
            StatisticsReader::orders,
            """
        [{"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00","srid":"a","warehouseName":"Коледино"},
         {"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00","srid":"b","warehouseName":"Коледино"}]""");
    assertSame(orders.get(0).place().warehouseName(), orders.get(1).place().warehouseName());
  }

  @Test
  @DisplayName("an empty array, and null, are an empty page")
  void emptyPage() {
    assertEquals(List.of(), Json.read(StatisticsReader::orders, "[]"));
    assertEquals(List.of(), Json.read(StatisticsReader::sales, "null"));
  }

  @Test
  @DisplayName("a row without srid, dates or saleID refuses the whole page, naming the row")
  void missingKeyRefusesPage() {
    WbBodyProblem noSrid =
        assertThrows(
            WbBodyProblem.class,
            () ->
                Json.read(
                    StatisticsReader::orders,
                    """
        [{"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00","srid":"a"},
         {"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00"}]"""));
    assertEquals("order 2: srid is missing", noSrid.getMessage());
    assertThrows(
        WbBodyProblem.class,
        () ->
            Json.read(
                StatisticsReader::sales,
                "[{\"date\":\"2026-11-18T09:00:00\",\"lastChangeDate\":\"2026-11-18T09:05:00\",\"srid\":\"a\"}]"));
    assertThrows(
        WbBodyProblem.class,
        () ->
            Json.read(
                StatisticsReader::orders, "[{\"srid\":\"a\",\"date\":\"2026-11-18T09:00:00\"}]"));
  }

  @Test
  @DisplayName(
      "the wrong shape or a wrong type is a body problem; broken JSON is Jackson's parse error")
  void wrongShapes() {
    assertThrows(
        WbBodyProblem.class, () -> Json.read(StatisticsReader::orders, "{\"errors\":[\"x\"]}"));
    assertThrows(WbBodyProblem.class, () -> Json.read(StatisticsReader::orders, "[1,2]"));
    WbBodyProblem wrongType =
        assertThrows(
            WbBodyProblem.class,
            () ->
                Json.read(
                    StatisticsReader::orders,
                    "[{\"srid\":\"a\",\"date\":\"2026-11-18T09:00:00\",\"lastChangeDate\":\"2026-11-18T09:05:00\",\"nmId\":{}}]"));
    assertEquals("order 1: nmId should be a number but is an object", wrongType.getMessage());
    UncheckedIOException garbage =
        assertThrows(
            UncheckedIOException.class, () -> Json.read(StatisticsReader::orders, "[{\"srid\":"));
    assertTrue(garbage.getCause() instanceof JsonProcessingException);
  }
}
