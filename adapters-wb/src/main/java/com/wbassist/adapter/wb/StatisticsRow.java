package com.wbassist.adapter.wb;

import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Place;
import com.wbassist.domain.market.Prices;
import com.wbassist.domain.market.Product;
import com.wbassist.domain.market.Sale;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The fields of one orders or sales row while it is read: one instance is reused down the page, so
 * only the model objects are allocated per row. Money stays signed as WB sends it (returns are
 * negative) and zero while WB has not filled it in yet; the model and the notifications decide what
 * to show.
 */
final class StatisticsRow {
  String srid;
  String gNumber;
  String saleId;
  Instant date;
  Instant lastChangeDate;
  Instant cancelDate;
  boolean cancelled;
  long nmId;
  String supplierArticle;
  String techSize;
  String barcode;
  String subject;
  String category;
  String brand;
  String warehouseName;
  String warehouseType;
  String regionName;
  String oblastOkrugName;
  String countryName;
  BigDecimal totalPrice;
  int discountPercent;
  BigDecimal spp;
  BigDecimal finishedPrice;
  BigDecimal priceWithDisc;
  BigDecimal forPay;

  void clear() {
    srid = gNumber = saleId = null;
    date = lastChangeDate = cancelDate = null;
    cancelled = false;
    nmId = 0;
    supplierArticle = techSize = barcode = subject = category = brand = null;
    warehouseName = warehouseType = regionName = oblastOkrugName = countryName = null;
    totalPrice = spp = finishedPrice = priceWithDisc = forPay = null;
    discountPercent = 0;
  }

  Order toOrder() {
    require(srid, "srid");
    requireDates();
    return new Order(
        srid, gNumber, date, lastChangeDate, product(), place(), prices(), cancelled, cancelDate);
  }

  Sale toSale() {
    require(saleId, "saleID");
    requireDates();
    return new Sale(saleId, srid, gNumber, date, lastChangeDate, product(), place(), prices());
  }

  private void requireDates() {
    require(date, "date");
    require(lastChangeDate, "lastChangeDate");
  }

  private static void require(Object value, String field) {
    if (value == null || (value instanceof String text && text.isEmpty())) {
      throw new WbBodyProblem(field + " is missing");
    }
  }

  private Product product() {
    return new Product(nmId, supplierArticle, techSize, barcode, subject, category, brand);
  }

  private Place place() {
    return new Place(warehouseName, warehouseType, regionName, oblastOkrugName, countryName);
  }

  private Prices prices() {
    return new Prices(totalPrice, discountPercent, spp, finishedPrice, priceWithDisc, forPay);
  }
}
