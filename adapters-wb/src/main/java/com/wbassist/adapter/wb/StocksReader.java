package com.wbassist.adapter.wb;

import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import com.fasterxml.jackson.core.JsonParser;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.StockLevel;
import java.io.IOException;
import java.util.List;

/**
 * Reads a page of the stocks report ({@code POST /api/analytics/v1/stocks-report/wb-warehouses}).
 * Live WB wraps the rows as {@code {"data":{"items":[…]}}}, the spec shows {@code {"items":[…]}};
 * both are read, and a bare array too.
 */
final class StocksReader {
  private StocksReader() {}

  static List<StockLevel> page(JsonParser parser) throws IOException {
    parser.nextToken();
    return itemsIn(parser, "the page");
  }

  private static List<StockLevel> itemsIn(JsonParser parser, String where) throws IOException {
    if (parser.currentToken() == VALUE_NULL) {
      return List.of();
    }
    if (parser.currentToken() == START_ARRAY) {
      return items(parser);
    }
    JsonValues.expect(parser, START_OBJECT, where);
    List<StockLevel> found = List.of();
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

  private static List<StockLevel> items(JsonParser parser) throws IOException {
    TextPool pool = new TextPool();
    return JsonValues.objects(parser, "items", "stock row", row -> row(row, pool));
  }

  private static StockLevel row(JsonParser parser, TextPool pool) throws IOException {
    Long nmId = null;
    Long chrtId = null;
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
