package com.wbassist.domain.detection;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.market.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code NEW_ORDER} when an {@code srid} is seen for the first time; {@code ORDER_CANCELLED} when
 * an order is seen cancelled for the first time — right after {@code NEW_ORDER} when it is first
 * seen already cancelled.
 *
 * <p>A row first seen stale fires neither. A cancellation of an order already stored fires unless
 * WB dates the cancellation itself older than {@code staleAfter} (docs/decisions: cancellations
 * judged by their own date).
 */
public final class OrderEventRule {
  private final StaleRowRule staleness;

  public OrderEventRule(DetectionPolicy policy) {
    this.staleness = new StaleRowRule(policy.staleAfter());
  }

  /**
   * @param fetched one page of orders, as WB sent it
   * @param known the stored state of the page's keys before this page (keys absent are new)
   */
  public List<MarketEvent> detect(
      DetectionContext context, List<Order> fetched, Map<String, KnownOrder> known) {
    List<MarketEvent> events = new ArrayList<>();
    // Rows of one page that repeat a key (WB's boundary rows) are judged against what the page
    // already showed.
    Map<String, Boolean> cancelledInPage = new HashMap<>();
    for (Order order : fetched) {
      Boolean seenInPage = cancelledInPage.get(order.srid());
      KnownOrder stored =
          seenInPage == null ? known.get(order.srid()) : new KnownOrder(order.srid(), seenInPage);
      if (stored == null) {
        cancelledInPage.put(order.srid(), order.cancelled());
        if (context.firesEvents() && !staleness.isStale(order.date(), context.now())) {
          events.add(new OrderPlaced(context.cabinet(), order));
          if (order.cancelled()) {
            events.add(new OrderCancelled(context.cabinet(), order));
          }
        }
      } else if (order.cancelled() && !stored.cancelled()) {
        cancelledInPage.put(order.srid(), true);
        boolean staleCancellation =
            order.cancelDate() != null && staleness.isStale(order.cancelDate(), context.now());
        if (context.firesEvents() && !staleCancellation) {
          events.add(new OrderCancelled(context.cabinet(), order));
        }
      }
    }
    return events;
  }
}
