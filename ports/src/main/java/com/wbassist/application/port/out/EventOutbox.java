package com.wbassist.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The transactional outbox of detected events (they enter it with their stream's rows). Dispatch
 * leases events not yet expanded, decides who is told, and expands each into deliveries.
 */
public interface EventOutbox {
  /** Leases up to {@code max} events not yet expanded and not leased now, oldest first. */
  List<OutboxEvent> claimUnexpanded(int max, Instant now, Duration lease);

  /**
   * In one transaction: one pending delivery per recipient (never two for one event and seller),
   * and the event marked expanded.
   */
  void expand(long eventId, List<Long> recipientTelegramIds, Instant now);
}
