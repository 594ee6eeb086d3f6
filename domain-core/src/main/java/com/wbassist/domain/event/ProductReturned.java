package com.wbassist.domain.event;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Sale;
import java.time.Instant;
import java.util.Objects;

/** Goods came back: an {@code R…} sale row was seen for the first time. */
public record ProductReturned(CabinetId cabinet, Sale sale) implements MarketEvent {
  public ProductReturned {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(sale, "sale");
  }

  @Override
  public EventType type() {
    return EventType.RETURN;
  }

  @Override
  public String key() {
    return sale.saleId();
  }

  @Override
  public long nmId() {
    return sale.product().nmId();
  }

  @Override
  public Instant occurredAt() {
    return sale.date();
  }
}
