package com.wbassist.domain.event;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Order;
import java.time.Instant;
import java.util.Objects;

/** A buyer ordered a unit: an order {@code srid} was seen for the first time. */
public record OrderPlaced(CabinetId cabinet, Order order) implements MarketEvent {
  public OrderPlaced {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(order, "order");
  }

  @Override
  public EventType type() {
    return EventType.NEW_ORDER;
  }

  @Override
  public String key() {
    return order.srid();
  }

  @Override
  public long nmId() {
    return order.product().nmId();
  }

  @Override
  public Instant occurredAt() {
    return order.date();
  }
}
