package com.wbassist.application.port.in;

import com.wbassist.domain.event.EventType;
import java.time.Duration;
import java.util.Map;

/**
 * What one dispatch run did.
 *
 * @param eventsExpanded events turned into deliveries (each event is expanded once, so this counts
 *     events by type)
 * @param expandedByType the same, per event type
 * @param sent messages Telegram accepted
 * @param failed deliveries that failed (to be retried, or given up)
 * @param longestLag the longest time from detection to Telegram's acceptance among the messages
 *     sent, zero if none
 */
public record DispatchReport(
    int eventsExpanded,
    Map<EventType, Integer> expandedByType,
    int sent,
    int failed,
    Duration longestLag) {
  public DispatchReport {
    expandedByType = Map.copyOf(expandedByType);
  }
}
