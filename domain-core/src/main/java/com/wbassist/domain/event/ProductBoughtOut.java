package com.wbassist.domain.event;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Sale;
import java.time.Instant;
import java.util.Objects;

/** The buyer kept the goods: an {@code S…} sale row was seen for the first time. */
public record ProductBoughtOut(CabinetId cabinet, Sale sale) implements MarketEvent {
  public ProductBoughtOut {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(sale, "sale");
  }

  @Override
  public EventType type() {
    return EventType.BUYOUT;
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
