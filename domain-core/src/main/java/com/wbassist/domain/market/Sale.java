package com.wbassist.domain.market;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the sales report: a buyout ({@code S…}), a return ({@code R…}) or a correction.
 *
 * @param saleId the row's unique id; its first letter says what it is
 * @param srid the order it belongs to
 * @param gNumber the buyer's cart
 * @param date when it happened
 * @param lastChangeDate the paging key
 * @param product what was sold
 * @param place where from and to
 * @param prices the money, negative on returns
 */
public record Sale(
    String saleId,
    String srid,
    String gNumber,
    Instant date,
    Instant lastChangeDate,
    Product product,
    Place place,
    Prices prices) {

  public Sale {
    Objects.requireNonNull(saleId, "saleId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(lastChangeDate, "lastChangeDate");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(prices, "prices");
    srid = Text.orEmpty(srid);
    gNumber = Text.orEmpty(gNumber);
  }

  public SaleKind kind() {
    return SaleKind.of(saleId);
  }
}
