package com.wbassist.adapter.wb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.SaleKind;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatisticsReaderTest {

  @Test
  @DisplayName(
      "the spec's order row becomes an Order with Moscow times, signed money and its cancellation")
  void specOrder() {
    Order order = Json.rows(StatisticsReader::orders, WbSamples.SPEC_ORDERS).get(0);

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
        Json.rows(
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
    List<Sale> sales = Json.rows(StatisticsReader::sales, WbSamples.SPEC_SALES_AND_RETURN);

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
        Json.rows(
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
        Json.rows(
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
        Json.rows(
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
        Json.rows(
            StatisticsReader::orders,
            """
        [{"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00","srid":"a","warehouseName":"Коледино"},
         {"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00","srid":"b","warehouseName":"Коледино"}]""");
    assertSame(orders.get(0).place().warehouseName(), orders.get(1).place().warehouseName());
  }

  @Test
  @DisplayName("an empty array, and null, are an empty page")
  void emptyPage() {
    assertEquals(List.of(), Json.rows(StatisticsReader::orders, "[]"));
    assertEquals(List.of(), Json.rows(StatisticsReader::sales, "null"));
  }

  @Test
  @DisplayName(
      "a row without srid, dates or saleID is set aside, saying what is missing; the page's other"
          + " rows are read")
  void missingKeySetsTheRowAside() {
    WbPage<Order> page =
        Json.read(
            StatisticsReader::orders,
            """
        [{"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00","srid":"a"},
         {"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:06:00"},
         {"date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:07:00","srid":"c"}]""");
    assertEquals(List.of("a", "c"), page.rows().stream().map(Order::srid).toList());
    assertEquals(
        List.of(
            new UnreadableRow(
                2, "", Optional.of(Instant.parse("2026-11-18T06:06:00Z")), "srid is missing", "")),
        page.unreadable());
    assertEquals(
        "saleID is missing",
        Json.read(
                StatisticsReader::sales,
                "[{\"date\":\"2026-11-18T09:00:00\",\"lastChangeDate\":\"2026-11-18T09:05:00\",\"srid\":\"a\"}]")
            .unreadable()
            .get(0)
            .reason());
    WbPage<Order> noDate =
        Json.read(StatisticsReader::orders, "[{\"srid\":\"a\",\"date\":\"2026-11-18T09:00:00\"}]");
    assertEquals(
        List.of(new UnreadableRow(1, "a", "lastChangeDate is missing", "")), noDate.unreadable());
  }

  @Test
  @DisplayName(
      "a value of the wrong type, a date that does not parse, a number out of range: that row is"
          + " set aside with its key, date, the field and the value; the next row is read")
  void unreadableValues() {
    WbPage<Order> page =
        Json.read(
            StatisticsReader::orders,
            """
        [{"srid":"a","date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00",
          "nmId":{"deep":[1,{"x":[]}]},"brand":"Лето"},
         {"srid":"b","lastChangeDate":"2026-11-18T09:06:00","date":"2026-13-45T99:00:00"},
         {"srid":"c","date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:07:00",
          "totalPrice":1e999999999},
         {"srid":"d","date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:08:00",
          "nmId":123456789012345678901234567890},
         {"srid":"e","date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:09:00"}]""");

    assertEquals(List.of("e"), page.rows().stream().map(Order::srid).toList());
    List<UnreadableRow> bad = page.unreadable();
    assertEquals(
        new UnreadableRow(
            1,
            "a",
            Optional.of(Instant.parse("2026-11-18T06:05:00Z")),
            "nmId should be a number but is an object",
            "nmId: {…}"),
        bad.get(0));
    assertEquals("b", bad.get(1).key());
    assertEquals("\"2026-13-45T99:00:00\" is not a timestamp", bad.get(1).reason());
    assertEquals("date: \"2026-13-45T99:00:00\"", bad.get(1).excerpt());
    assertEquals("totalPrice is out of range", bad.get(2).reason());
    assertEquals("totalPrice: 1e999999999", bad.get(2).excerpt());
    assertEquals("nmId is out of range", bad.get(3).reason());
    assertEquals(List.of(1, 2, 3, 4), bad.stream().map(UnreadableRow::position).toList());
  }

  @Test
  @DisplayName(
      "the wrong top-level shape and broken JSON refuse the page; an element that is not an object"
          + " is a row set aside")
  void wrongShapes() {
    assertThrows(
        WbBodyProblem.class, () -> Json.read(StatisticsReader::orders, "{\"errors\":[\"x\"]}"));
    WbPage<Order> numbers = Json.read(StatisticsReader::orders, "[1,[2,3]]");
    assertEquals(
        List.of(
            new UnreadableRow(1, "", "not an object but a number", "1"),
            new UnreadableRow(2, "", "not an object but an array", "[…]")),
        numbers.unreadable());
    UncheckedIOException garbage =
        assertThrows(
            UncheckedIOException.class, () -> Json.read(StatisticsReader::orders, "[{\"srid\":"));
    assertTrue(garbage.getCause() instanceof JsonProcessingException);
    UncheckedIOException cutInARow =
        assertThrows(
            UncheckedIOException.class,
            () ->
                Json.read(
                    StatisticsReader::orders, "[{\"srid\":\"a\",\"nmId\":{},\"brand\":[1,2,"));
    assertTrue(
        cutInARow.getCause() instanceof JsonProcessingException,
        "a body cut short inside a bad row is still a body cut short");
  }

  @Test
  @DisplayName("whole numbers WB writes oddly are read without expanding their exponent")
  void oddNumbers() {
    Order order =
        Json.rows(
                StatisticsReader::orders,
                """
        [{"srid":"a","date":"2026-11-18T09:00:00","lastChangeDate":"2026-11-18T09:05:00",
          "nmId":1.5e3,"discountPercent":"1e-999999999","spp":"2.5e-999999999","isCancel":100000000000000000000}]""")
            .get(0);
    assertEquals(1500, order.product().nmId());
    assertEquals(0, order.prices().discountPercent());
    assertEquals(0, order.prices().spp().signum());
    assertTrue(order.cancelled());
  }
}
