package com.wbassist.adapter.wb;

import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import com.fasterxml.jackson.core.JsonParser;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.StockLevel;
import java.io.IOException;

/**
 * Reads a page of the stocks report ({@code POST /api/analytics/v1/stocks-report/wb-warehouses}).
 * Live WB wraps the rows as {@code {"data":{"items":[…]}}}, the spec shows {@code {"items":[…]}};
 * both are read, and a bare array too. A row that cannot be read is set aside with its size ({@code
 * nmId:chrtId}) when both were read.
 */
final class StocksReader {
  private StocksReader() {}

  static WbPage<StockLevel> page(JsonParser parser) throws IOException {
    parser.nextToken();
    return itemsIn(parser, "the page");
  }

  private static WbPage<StockLevel> itemsIn(JsonParser parser, String where) throws IOException {
    if (parser.currentToken() == VALUE_NULL) {
      return WbPage.empty();
    }
    if (parser.currentToken() == START_ARRAY) {
      return items(parser);
    }
    JsonValues.expect(parser, START_OBJECT, where);
    WbPage<StockLevel> found = WbPage.empty();
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "data" -> found = itemsIn(parser, "data");
        case "items" -> found = items(parser);
        default -> JsonValues.skip(parser);
      }
    }
    return found;
  }

  private static WbPage<StockLevel> items(JsonParser parser) throws IOException {
    return JsonValues.rows(parser, "items", new Rows());
  }

  /** Reads stock rows one by one, remembering the size of the one being read. */
  private static final class Rows implements RowReader<StockLevel> {
    private final TextPool pool = new TextPool();
    private Long nmId;
    private Long chrtId;

    @Override
    public void startRow() {
      nmId = null;
      chrtId = null;
    }

    @Override
    public String keyRead() {
      return nmId == null || chrtId == null ? "" : new SizeKey(nmId, chrtId).key();
    }

    @Override
    public StockLevel read(JsonParser parser) throws IOException {
      long warehouseId = 0;
      String warehouseName = null;
      String regionName = null;
      int quantity = 0;
      int toClient = 0;
      int fromClient = 0;
      String field;
      while ((field = parser.nextFieldName()) != null) {
        parser.nextToken();
        switch (field) {
          case "nmId", "nmID" -> nmId = JsonValues.wholeNumber(parser);
          case "chrtId", "chrtID" -> chrtId = JsonValues.wholeNumber(parser);
          case "warehouseId", "warehouseID" -> warehouseId = JsonValues.wholeNumber(parser);
          case "warehouseName" -> warehouseName = JsonValues.pooledText(parser, pool);
          case "regionName" -> regionName = JsonValues.pooledText(parser, pool);
          case "quantity" -> quantity = JsonValues.smallNumber(parser);
          case "inWayToClient" -> toClient = JsonValues.smallNumber(parser);
          case "inWayFromClient" -> fromClient = JsonValues.smallNumber(parser);
          default -> JsonValues.skip(parser);
        }
      }
      if (nmId == null) {
        throw new WbBodyProblem("nmId is missing");
      }
      if (chrtId == null) {
        throw new WbBodyProblem("chrtId is missing");
      }
      return new StockLevel(
          new SizeKey(nmId, chrtId),
          warehouseId,
          warehouseName,
          regionName,
          quantity,
          toClient,
          fromClient);
    }
  }
}
