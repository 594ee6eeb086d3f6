package com.wbassist.app.api;

import com.wbassist.domain.market.Order;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An order as the sellers' API shows it; names follow WB's own fields where WB has one. */
public record OrderJson(
    String srid,
    String gNumber,
    OffsetDateTime date,
    OffsetDateTime lastChangeDate,
    long nmId,
    String supplierArticle,
    String techSize,
    String barcode,
    String subject,
    String brand,
    String warehouseName,
    String warehouseType,
    String regionName,
    BigDecimal totalPrice,
    int discountPercent,
    BigDecimal priceWithDisc,
    BigDecimal finishedPrice,
    boolean isCancel,
    OffsetDateTime cancelDate) {

  static OrderJson of(Order order) {
    var product = order.product();
    var place = order.place();
    var prices = order.prices();
    return new OrderJson(
        order.srid(),
        order.gNumber(),
        MoscowJson.time(order.date()),
        MoscowJson.time(order.lastChangeDate()),
        product.nmId(),
        product.supplierArticle(),
        product.techSize(),
        product.barcode(),
        product.subject(),
        product.brand(),
        place.warehouseName(),
        place.warehouseType(),
        place.regionName(),
        MoscowJson.money(prices.totalPrice()),
        prices.discountPercent(),
        MoscowJson.money(prices.priceWithDisc()),
        MoscowJson.money(prices.finishedPrice()),
        order.cancelled(),
        MoscowJson.time(order.cancelDate()));
  }
}
