package com.wbassist.application.port.out;

import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.StockLevel;
import java.time.Instant;
import java.util.Optional;

/**
 * WB's market data, one page per call, so memory stays bounded however large the cabinet; the sync
 * service pages with the core's paging rules. Every method throws {@link WbTokenRejectedException}
 * when WB refuses the token and {@link WbUnavailableException} when the data cannot be had after
 * retries — a body that is not JSON, is cut short or has the wrong shape among them: never a part
 * of a page. A row that cannot be read is no reason to refuse its page: it comes back as an {@link
 * UnreadableRow} beside the page's other rows ({@link WbPage}), for the sync to set aside.
 */
public interface WbMarketData {

  /**
   * Orders with {@code lastChangeDate >= dateFrom}, ascending, at most one WB page ({@code
   * flag=0}).
   */
  WbPage<Order> ordersPage(WbAccess access, Instant dateFrom);

  /**
   * Sales and returns with {@code lastChangeDate >= dateFrom}, ascending, at most one WB page
   * ({@code flag=0}).
   */
  WbPage<Sale> salesPage(WbAccess access, Instant dateFrom);

  /**
   * Every stock row of the cabinet, per size and warehouse: a complete snapshot or an exception —
   * complete with its unreadable rows, which name the size they are of when that could be read.
   */
  WbPage<StockLevel> stocks(WbAccess access);

  /** One page of a review list, newest first. */
  WbPage<Feedback> feedbacksPage(WbAccess access, FeedbackList list, int skip, int take);

  /**
   * One page of product cards after the cursor (from the start when empty), ascending by update
   * time.
   */
  CardsPage cardsPage(WbAccess access, Optional<CardCursor> after, int limit);
}
