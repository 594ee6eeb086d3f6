package com.wbassist.domain.figures;

import com.wbassist.domain.market.CardSize;
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
