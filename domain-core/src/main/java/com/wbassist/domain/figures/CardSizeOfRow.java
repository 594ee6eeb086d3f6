package com.wbassist.domain.figures;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.ProductReturned;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.Product;
import com.wbassist.domain.market.ProductCard;
import java.util.Optional;

/**
 * Which size of its card a statistics row is about. Orders and sales carry no {@code chrtId}, only
 * the size's barcode and {@code techSize}; the card lists each size's barcodes ({@code skus}) and
 * {@code techSize}. The barcode decides when the card knows it (a size may have been renamed), else
 * the {@code techSize}.
 */
public final class CardSizeOfRow {
  private CardSizeOfRow() {}

  /**
   * The size an event is about: a stock event names its {@code chrtId}; orders and sales go by
   * their row's barcode and techSize; a review by the size name the buyer saw, taken as a techSize.
   */
  public static Optional<CardSize> of(MarketEvent event, ProductCard card) {
    if (event instanceof StockRanLow low) {
      return card.size(low.size().chrtId());
    }
    if (event instanceof NegativeReviewPosted review) {
      return find(card, "", review.feedback().product().size());
    }
    Product product;
    if (event instanceof OrderPlaced placed) {
      product = placed.order().product();
    } else if (event instanceof OrderCancelled cancelled) {
      product = cancelled.order().product();
    } else if (event instanceof ProductBoughtOut buyout) {
      product = buyout.sale().product();
    } else if (event instanceof ProductReturned returned) {
      product = returned.sale().product();
    } else {
      return Optional.empty();
    }
    return find(card, product.barcode(), product.techSize());
  }

  public static Optional<CardSize> find(ProductCard card, String barcode, String techSize) {
    if (barcode != null && !barcode.isBlank()) {
      Optional<CardSize> byBarcode =
          card.sizes().stream().filter(size -> size.skus().contains(barcode)).findFirst();
      if (byBarcode.isPresent()) {
        return byBarcode;
      }
    }
    if (techSize == null || techSize.isBlank()) {
      return Optional.empty();
    }
    return card.sizes().stream().filter(size -> size.techSize().equals(techSize)).findFirst();
  }
}
