package com.wbassist.domain.event;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Order;
import java.time.Instant;
import java.util.Objects;

/** An order was seen cancelled for the first time. */
public record OrderCancelled(CabinetId cabinet, Order order) implements MarketEvent {
  public OrderCancelled {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(order, "order");
  }

  @Override
  public EventType type() {
    return EventType.ORDER_CANCELLED;
  }

  @Override
  public String key() {
    return order.srid();
  }

  @Override
  public long nmId() {
    return order.product().nmId();
  }

  /** The cancellation time when WB gives one, else when WB changed the row. */
  @Override
  public Instant occurredAt() {
    return order.cancelDate() != null ? order.cancelDate() : order.lastChangeDate();
  }
}
