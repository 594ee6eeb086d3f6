package com.wbassist.application.service;

import com.wbassist.application.port.out.FeedbackStore;
import com.wbassist.application.port.out.OrderStore;
import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.application.port.out.SaleStore;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.StockStore;
import java.util.Objects;

/**
 * The stores of the five streams, handed to the sync service as one, and where their rows that
 * could not be read are set aside.
 */
public record MarketStores(
    ProductCardStore cards,
    OrderStore orders,
    SaleStore sales,
    StockStore stocks,
    FeedbackStore feedbacks,
    SetAsideRows setAside) {
  public MarketStores {
    Objects.requireNonNull(cards, "cards");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(sales, "sales");
    Objects.requireNonNull(stocks, "stocks");
    Objects.requireNonNull(feedbacks, "feedbacks");
    Objects.requireNonNull(setAside, "setAside");
  }
}
