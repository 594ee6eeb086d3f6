package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.market.SizeStock;
import com.wbassist.domain.market.StockLevel;
import com.wbassist.domain.sync.SyncLease;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A complete stock snapshot as it must be stored, all or nothing: it replaces the cabinet's stock
 * rows, updates the remembered total and episode count of every size, and adds the events — only
 * while {@code lease} is still the cabinet's (checked and renewed in the same transaction; {@link
 * LeaseLostException} otherwise).
 */
public record StockBatch(
    SyncLease lease,
    List<StockLevel> snapshot,
    List<SizeStock> sizes,
    List<MarketEvent> events,
    Instant detectedAt) {
  public StockBatch {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(detectedAt, "detectedAt");
    snapshot = List.copyOf(snapshot);
    sizes = List.copyOf(sizes);
    events = List.copyOf(events);
  }

  /** Whose stock. */
  public CabinetId cabinet() {
    return lease.cabinet();
  }
}
