package com.wbassist.domain.market;

import java.time.Instant;
import java.util.Objects;

/**
 * One ordered unit of goods, as the statistics API reports it. WB revises a row (a cancellation,
 * say) by sending it again with a newer {@code lastChangeDate}.
 *
 * @param srid the order's unique id
 * @param gNumber the buyer's cart, shared by the orders placed together
 * @param date when the buyer ordered
 * @param lastChangeDate when WB last changed the row: the paging key
 * @param product what was ordered
 * @param place where it ships from and to
 * @param prices the money
 * @param cancelled whether the order is cancelled
 * @param cancelDate when it was cancelled, {@code null} while it is not
 */
public record Order(
    String srid,
    String gNumber,
    Instant date,
    Instant lastChangeDate,
    Product product,
    Place place,
    Prices prices,
    boolean cancelled,
    Instant cancelDate) {

  public Order {
    Objects.requireNonNull(srid, "srid");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(lastChangeDate, "lastChangeDate");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(prices, "prices");
    gNumber = Text.orEmpty(gNumber);
  }
}
