package com.wbassist.domain.notification;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.seller.Seller;
import java.time.Instant;
import java.util.List;

/**
 * Who is told of an event: every seller linked to its cabinet who is ready, reachable, wants that
 * type, and had joined by the time the event was detected.
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
        && seller.joinedAt() != null
        && !seller.joinedAt().isAfter(detectedAt);
  }
}
