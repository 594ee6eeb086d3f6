package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a page of {@code /api/v1/supplier/orders} or {@code /sales} (a bare JSON array of rows)
 * straight into the model, field by field from the stream: no tree, no maps, one reused row buffer.
 * Unknown fields are stepped over; {@code nmId} is also accepted as {@code nmID}. A row that cannot
 * be read is set aside with its {@code srid} (orders) or {@code saleID} (sales) and {@code
 * lastChangeDate} as far as they were read; the rest of the page is read.
 */
final class StatisticsReader {
  private StatisticsReader() {}

  static WbPage<Order> orders(JsonParser parser) throws IOException {
    return page(parser, StatisticsRow::toOrder, row -> row.srid);
  }

  static WbPage<Sale> sales(JsonParser parser) throws IOException {
    return page(parser, StatisticsRow::toSale, row -> row.saleId);
  }

  private interface RowMapper<T> {
    T map(StatisticsRow row);
  }

  private interface KeyOf {
    String key(StatisticsRow row);
  }

  private static <T> WbPage<T> page(JsonParser parser, RowMapper<T> mapper, KeyOf key)
      throws IOException {
    parser.nextToken();
    StatisticsRow row = new StatisticsRow();
    TextPool pool = new TextPool();
    return JsonValues.rows(
        parser,
        "the page",
        new RowReader<>() {
          @Override
          public void startRow() {
            row.clear();
          }

          @Override
          public T read(JsonParser element) throws IOException {
            readRow(element, row, pool);
            return mapper.map(row);
          }

          @Override
          public String keyRead() {
            String read = key.key(row);
            return read == null ? "" : read;
          }

          @Override
          public Optional<Instant> changeRead() {
            return Optional.ofNullable(row.lastChangeDate);
          }
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
