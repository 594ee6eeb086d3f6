package com.wbassist.application.port.out;

import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.ProductCard;
import java.util.List;
import java.util.Optional;

/**
 * One page of the content API's card list.
 *
 * @param cards the cards, ascending by {@code updatedAt}
 * @param next the cursor WB returned, to ask for the following page
 * @param total WB's {@code cursor.total}: fewer than the limit means the list ended
 */
public record CardsPage(List<ProductCard> cards, Optional<CardCursor> next, int total) {
  public CardsPage {
    cards = List.copyOf(cards);
  }

  public boolean isLast(int limit) {
    return total < limit || cards.isEmpty();
  }
}
