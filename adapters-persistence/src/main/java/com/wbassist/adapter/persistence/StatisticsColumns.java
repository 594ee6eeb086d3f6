package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.BulkRows.Column;
import com.wbassist.domain.market.Place;
import com.wbassist.domain.market.Prices;
import com.wbassist.domain.market.Product;
import java.util.List;
import java.util.function.Function;

/** The columns orders and sales share: the product, the place, the money. */
final class StatisticsColumns {
  private StatisticsColumns() {}

  static <T> List<Column<T>> of(
      Function<T, Product> product, Function<T, Place> place, Function<T, Prices> prices) {
    return List.of(
        new Column<>("nm_id", "bigint", r -> Long.toString(product.apply(r).nmId())),
        new Column<>("supplier_article", "text", r -> product.apply(r).supplierArticle()),
        new Column<>("tech_size", "text", r -> product.apply(r).techSize()),
        new Column<>("barcode", "text", r -> product.apply(r).barcode()),
        new Column<>("subject", "text", r -> product.apply(r).subject()),
        new Column<>("category", "text", r -> product.apply(r).category()),
        new Column<>("brand", "text", r -> product.apply(r).brand()),
        new Column<>("warehouse_name", "text", r -> place.apply(r).warehouseName()),
        new Column<>("warehouse_type", "text", r -> place.apply(r).warehouseType()),
        new Column<>("region_name", "text", r -> place.apply(r).regionName()),
        new Column<>("oblast_okrug_name", "text", r -> place.apply(r).oblastOkrugName()),
        new Column<>("country_name", "text", r -> place.apply(r).countryName()),
        new Column<>("total_price", "numeric", r -> BulkRows.text(prices.apply(r).totalPrice())),
        new Column<>(
            "discount_percent",
            "integer",
            r -> Integer.toString(prices.apply(r).discountPercent())),
        new Column<>("spp", "numeric", r -> BulkRows.text(prices.apply(r).spp())),
        new Column<>(
            "finished_price", "numeric", r -> BulkRows.text(prices.apply(r).finishedPrice())),
        new Column<>(
            "price_with_disc", "numeric", r -> BulkRows.text(prices.apply(r).priceWithDisc())),
        new Column<>("for_pay", "numeric", r -> BulkRows.text(prices.apply(r).forPay())));
  }
}
