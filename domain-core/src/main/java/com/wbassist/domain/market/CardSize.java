package com.wbassist.domain.market;

import java.util.List;

/** One size of a product card: its id, names and barcodes. */
public record CardSize(long chrtId, String techSize, String wbSize, List<String> skus) {

  public CardSize {
    techSize = Text.orEmpty(techSize);
    wbSize = Text.orEmpty(wbSize);
    skus = skus == null ? List.of() : List.copyOf(skus);
  }
}
