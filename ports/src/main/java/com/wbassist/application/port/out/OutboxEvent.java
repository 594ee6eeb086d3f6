package com.wbassist.application.port.out;

import com.wbassist.domain.event.MarketEvent;
import java.time.Instant;
import java.util.Objects;

/** An event as the outbox holds it: its sequence number, and when it was detected. */
public record OutboxEvent(long id, MarketEvent event, Instant detectedAt) {
  public OutboxEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(detectedAt, "detectedAt");
  }
}
