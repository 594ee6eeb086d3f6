package com.wbassist.app.api;

import com.wbassist.domain.market.StockLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One size's stock over all warehouses, as the last complete snapshot had it: the total the
 * critical-stock rule watches, and each warehouse's part.
 */
public record StockJson(long nmId, long chrtId, int quantity, List<Warehouse> warehouses) {

  /** One warehouse's part of a size's stock. */
  public record Warehouse(
      long warehouseId,
      String warehouseName,
      int quantity,
      int inWayToClient,
      int inWayFromClient) {}

  static List<StockJson> bySize(List<StockLevel> levels) {
    Map<String, List<StockLevel>> sizes = new LinkedHashMap<>();
    for (StockLevel level : levels) {
      sizes.computeIfAbsent(level.size().key(), key -> new ArrayList<>()).add(level);
    }
    List<StockJson> stocks = new ArrayList<>();
    for (List<StockLevel> size : sizes.values()) {
      int total = 0;
      List<Warehouse> warehouses = new ArrayList<>();
      for (StockLevel level : size) {
        total += level.quantity();
        warehouses.add(
            new Warehouse(
                level.warehouseId(),
                level.warehouseName(),
                level.quantity(),
                level.inWayToClient(),
                level.inWayFromClient()));
      }
      stocks.add(
          new StockJson(size.get(0).size().nmId(), size.get(0).size().chrtId(), total, warehouses));
    }
    return stocks;
  }
}
