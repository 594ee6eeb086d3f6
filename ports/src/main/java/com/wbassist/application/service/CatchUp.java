package com.wbassist.application.service;

import com.wbassist.domain.event.EventType;
import com.wbassist.domain.event.MarketEvent;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first pass after a refused token was replaced (docs/decisions/0622): what it detects happened
 * while the token was dead, so it is counted for one summary instead of told one by one. The events
 * are not stored: the rows they come from are, with the stock sizes' episodes, so no later pass
 * detects them again, and nothing enters the outbox that must not be sent. A pass that is not
 * catching up passes every event through.
 */
final class CatchUp {
  private final Instant deadSince;
  private final Map<EventType, Integer> tally = new EnumMap<>(EventType.class);

  private CatchUp(Instant deadSince) {
    this.deadSince = deadSince;
  }

  static CatchUp none() {
    return new CatchUp(null);
  }

  static CatchUp since(Instant deadSince) {
    return new CatchUp(deadSince);
  }

  Optional<Instant> deadSince() {
    return Optional.ofNullable(deadSince);
  }

  /** The events a page stores into the outbox: all of them, or none while catching up. */
  synchronized List<MarketEvent> toStore(List<MarketEvent> detected) {
    if (deadSince == null) {
      return detected;
    }
    for (MarketEvent event : detected) {
      tally.merge(event.type(), 1, Integer::sum);
    }
    return List.of();
  }

  /** What was counted instead of stored, by type. */
  synchronized Map<EventType, Integer> tally() {
    return Map.copyOf(tally);
  }
}
