package com.wbassist.app.api;

import com.wbassist.domain.market.Sale;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A sale row as the sellers' API shows it: a buyout ({@code kind} BUYOUT, {@code saleID} S…), a
 * return (RETURN, R…) or another of WB's rows (OTHER). Money is as WB signs it: a return's is
 * negative.
 */
public record SaleJson(
    String saleID,
    String kind,
    String srid,
    OffsetDateTime date,
    OffsetDateTime lastChangeDate,
    long nmId,
    String supplierArticle,
    String techSize,
    String subject,
    String brand,
    String warehouseName,
    String warehouseType,
    String regionName,
    BigDecimal priceWithDisc,
    BigDecimal forPay,
    BigDecimal finishedPrice) {

  static SaleJson of(Sale sale) {
    String id = sale.saleId();
    String kind = id.startsWith("S") ? "BUYOUT" : id.startsWith("R") ? "RETURN" : "OTHER";
    var product = sale.product();
    var place = sale.place();
    var prices = sale.prices();
    return new SaleJson(
        id,
        kind,
        sale.srid(),
        MoscowJson.time(sale.date()),
        MoscowJson.time(sale.lastChangeDate()),
        product.nmId(),
        product.supplierArticle(),
        product.techSize(),
        product.subject(),
        product.brand(),
        place.warehouseName(),
        place.warehouseType(),
        place.regionName(),
        MoscowJson.money(prices.priceWithDisc()),
        MoscowJson.money(prices.forPay()),
        MoscowJson.money(prices.finishedPrice()));
  }
}
