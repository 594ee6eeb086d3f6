package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.ProductCard;
import java.util.List;
import java.util.Optional;

/** Stored product cards: what notifications show of a product. */
public interface ProductCardStore {
  Optional<ProductCard> card(CabinetId cabinet, long nmId);

  /** Where the card list was left, to go on from there. */
  Optional<CardCursor> cursor(CabinetId cabinet);

  /** Upserts the cards by {@code nmId} and moves the cursor, in one transaction. */
  void store(CabinetId cabinet, List<ProductCard> cards, Optional<CardCursor> cursor);
}
