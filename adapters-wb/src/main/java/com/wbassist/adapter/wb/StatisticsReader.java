package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import java.io.IOException;
import java.util.List;

/**
 * Reads a page of {@code /api/v1/supplier/orders} or {@code /sales} (a bare JSON array of rows)
 * straight into the model, field by field from the stream: no tree, no maps, one reused row buffer.
 * Unknown fields are stepped over; {@code nmId} is also accepted as {@code nmID}.
 */
final class StatisticsReader {
  private StatisticsReader() {}

  static List<Order> orders(JsonParser parser) throws IOException {
    return page(parser, "order", StatisticsRow::toOrder);
  }

  static List<Sale> sales(JsonParser parser) throws IOException {
    return page(parser, "sale", StatisticsRow::toSale);
  }

  private interface RowMapper<T> {
    T map(StatisticsRow row);
  }

  private static <T> List<T> page(JsonParser parser, String item, RowMapper<T> mapper)
      throws IOException {
    parser.nextToken();
    StatisticsRow row = new StatisticsRow();
    TextPool pool = new TextPool();
    return JsonValues.objects(
        parser,
        "the page",
        item,
        element -> {
          row.clear();
          readRow(element, row, pool);
          return mapper.map(row);
        });
  }

  private static void readRow(JsonParser parser, StatisticsRow row, TextPool pool)
      throws IOException {
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "srid" -> row.srid = JsonValues.text(parser);
        case "gNumber" -> row.gNumber = JsonValues.text(parser);
        case "saleID" -> row.saleId = JsonValues.text(parser);
        case "date" -> row.date = JsonValues.statisticsTime(parser);
        case "lastChangeDate" -> row.lastChangeDate = JsonValues.statisticsTime(parser);
        case "cancelDate" -> row.cancelDate = JsonValues.statisticsTime(parser);
        case "isCancel" -> row.cancelled = JsonValues.flag(parser);
        case "nmId", "nmID" -> row.nmId = JsonValues.wholeNumber(parser);
        case "supplierArticle" -> row.supplierArticle = JsonValues.pooledText(parser, pool);
        case "techSize" -> row.techSize = JsonValues.pooledText(parser, pool);
        case "barcode" -> row.barcode = JsonValues.pooledText(parser, pool);
        case "subject" -> row.subject = JsonValues.pooledText(parser, pool);
        case "category" -> row.category = JsonValues.pooledText(parser, pool);
        case "brand" -> row.brand = JsonValues.pooledText(parser, pool);
        case "warehouseName" -> row.warehouseName = JsonValues.pooledText(parser, pool);
        case "warehouseType" -> row.warehouseType = JsonValues.pooledText(parser, pool);
        case "regionName" -> row.regionName = JsonValues.pooledText(parser, pool);
        case "oblastOkrugName" -> row.oblastOkrugName = JsonValues.pooledText(parser, pool);
        case "countryName" -> row.countryName = JsonValues.pooledText(parser, pool);
        case "totalPrice" -> row.totalPrice = JsonValues.money(parser);
        case "discountPercent" -> row.discountPercent = JsonValues.smallNumber(parser);
        case "spp" -> row.spp = JsonValues.money(parser);
        case "finishedPrice" -> row.finishedPrice = JsonValues.money(parser);
        case "priceWithDisc" -> row.priceWithDisc = JsonValues.money(parser);
        case "forPay" -> row.forPay = JsonValues.money(parser);
        default -> JsonValues.skip(parser);
      }
    }
    JsonValues.expect(parser, JsonToken.END_OBJECT, "the row");
  }
}
