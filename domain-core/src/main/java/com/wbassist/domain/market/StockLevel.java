package com.wbassist.domain.market;

/**
 * How many units of one size one warehouse holds, from the stocks report.
 *
 * @param size the product size
 * @param warehouseId WB's warehouse id
 * @param warehouseName the warehouse
 * @param regionName its region
 * @param quantity units a buyer can order now
 * @param inWayToClient units on their way to buyers
 * @param inWayFromClient units on their way back
 */
public record StockLevel(
    SizeKey size,
    long warehouseId,
    String warehouseName,
    String regionName,
    int quantity,
    int inWayToClient,
    int inWayFromClient) {

  public StockLevel {
    java.util.Objects.requireNonNull(size, "size");
    warehouseName = Text.orEmpty(warehouseName);
    regionName = Text.orEmpty(regionName);
  }
}
