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
 * @param unreadable the cards on the page that could not be read, stepped over
 */
public record CardsPage(
    List<ProductCard> cards, Optional<CardCursor> next, int total, List<UnreadableRow> unreadable) {
  public CardsPage {
    cards = List.copyOf(cards);
    unreadable = List.copyOf(unreadable);
  }

  /** A page whose every card could be read. */
  public CardsPage(List<ProductCard> cards, Optional<CardCursor> next, int total) {
    this(cards, next, total, List.of());
  }

  /** WB sent no card at all, readable or not. */
  public boolean isEmpty() {
    return cards.isEmpty() && unreadable.isEmpty();
  }

  public boolean isLast(int limit) {
    return total < limit || isEmpty();
  }
}
