package com.wbassist.domain.notification;

import com.wbassist.domain.event.EventType;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.seller.Seller;
import java.time.Instant;
import java.util.List;

/**
 * Who is told of an event: every seller linked to its cabinet who is ready, reachable, wants that
 * type (and, for running-out stock, did not silence the product), and had joined by the time the
 * event was detected.
 */
public final class Audience {

  public List<Seller> of(MarketEvent event, Instant detectedAt, List<Seller> linkedSellers) {
    return linkedSellers.stream().filter(seller -> isTold(seller, event, detectedAt)).toList();
  }

  public boolean isTold(Seller seller, MarketEvent event, Instant detectedAt) {
    return event.cabinet().equals(seller.cabinet())
        && seller.isReady()
        && seller.active()
        && seller.settings().wants(event.type())
        && !silenced(seller, event)
        && seller.joinedAt() != null
        && !seller.joinedAt().isAfter(detectedAt);
  }

  /** A running-out product the seller silenced (docs/decisions/0623); other types are not. */
  private static boolean silenced(Seller seller, MarketEvent event) {
    return event.type() == EventType.CRITICAL_STOCK && seller.settings().isQuiet(event.nmId());
  }
}
