package com.wbassist.domain.market;

/**
 * Where WB ships from and to, as far as a statistics row says.
 *
 * @param warehouseName the WB or seller warehouse
 * @param warehouseType "Склад WB" or "Склад продавца"
 * @param regionName the buyer's region
 * @param oblastOkrugName the buyer's federal district
 * @param countryName the buyer's country
 */
public record Place(
    String warehouseName,
    String warehouseType,
    String regionName,
    String oblastOkrugName,
    String countryName) {

  public Place {
    warehouseName = Text.orEmpty(warehouseName);
    warehouseType = Text.orEmpty(warehouseType);
    regionName = Text.orEmpty(regionName);
    oblastOkrugName = Text.orEmpty(oblastOkrugName);
    countryName = Text.orEmpty(countryName);
  }
}
