package com.wbassist.application.service;

import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.sync.SyncStream;
import java.util.Optional;

/**
 * Product cards: cursor paging from where the last pass left off; cards fire nothing, they dress
 * notifications. A card WB sent that could not be read is set aside, and the cursor WB returned
 * still moves past it.
 */
final class CardStreamSync implements StreamSync {
  private final WbMarketData wb;
  private final ProductCardStore cards;
  private final int pageSize;
  private final UnreadableWbRows unreadable;

  CardStreamSync(
      WbMarketData wb, ProductCardStore cards, int pageSize, UnreadableWbRows unreadable) {
    this.wb = wb;
    this.cards = cards;
    this.pageSize = pageSize;
    this.unreadable = unreadable;
  }

  @Override
  public SyncStream stream() {
    return SyncStream.CARDS;
  }

  @Override
  public StreamResult sync(StreamSyncContext context) {
    var cabinet = context.detection().cabinet();
    Optional<CardCursor> cursor = cards.cursor(cabinet);
    long rows = 0;
    while (true) {
      CardsPage page = wb.cardsPage(context.access(), cursor, pageSize);
      Optional<CardCursor> next = page.isEmpty() || page.next().isEmpty() ? cursor : page.next();
      unreadable.setAside(cabinet, stream(), page.unreadable());
      if (!page.isEmpty()) {
        cards.store(context.lease().renewed(), page.cards(), next);
        rows += page.cards().size();
        context.onProgress().accept(context.progress().within(stream(), 0.5, rows));
      }
      if (page.isLast(pageSize) || next.equals(cursor)) {
        return new StreamResult(rows, 0);
      }
      cursor = next;
    }
  }
}
