package com.wbassist.domain.event;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.SizeKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A size's total over all warehouses fell from above the threshold to at or below it.
 *
 * @param cabinet the cabinet
 * @param size the size
 * @param episode which time this size ran low (1 the first time); it re-arms only after the total
 *     rose above
 * @param totalLeft units left over all warehouses
 * @param warehouses the warehouses that still hold some
 * @param seenAt when the sync saw it
 */
public record StockRanLow(
    CabinetId cabinet,
    SizeKey size,
    int episode,
    int totalLeft,
    List<WarehouseStock> warehouses,
    Instant seenAt)
    implements MarketEvent {

  public StockRanLow {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(seenAt, "seenAt");
    warehouses = warehouses == null ? List.of() : List.copyOf(warehouses);
    if (episode < 1) {
      throw new IllegalArgumentException("a stock episode counts from 1");
    }
  }

  @Override
  public EventType type() {
    return EventType.CRITICAL_STOCK;
  }

  @Override
  public String key() {
    return size.key();
  }

  @Override
  public long nmId() {
    return size.nmId();
  }

  @Override
  public Instant occurredAt() {
    return seenAt;
  }
}
