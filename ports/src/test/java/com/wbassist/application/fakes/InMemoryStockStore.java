package com.wbassist.application.fakes;

import com.wbassist.application.port.out.StockBatch;
import com.wbassist.application.port.out.StockStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import com.wbassist.domain.market.StockLevel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stock in memory: the last snapshot and the remembered totals per size. */
public final class InMemoryStockStore extends FailureSwitch implements StockStore {
  private final InMemoryOutbox outbox;
  private final InMemoryCabinetStore cabinets;
  private final Map<CabinetId, List<StockLevel>> snapshots = new HashMap<>();
  private final Map<CabinetId, Map<SizeKey, SizeStock>> sizes = new HashMap<>();

  /**
   * @param cabinets whose leases a batch is stored under
   */
  public InMemoryStockStore(InMemoryOutbox outbox, InMemoryCabinetStore cabinets) {
    this.outbox = outbox;
    this.cabinets = cabinets;
  }

  @Override
  public synchronized Map<SizeKey, SizeStock> sizeStocks(CabinetId cabinet) {
    return new LinkedHashMap<>(sizes.getOrDefault(cabinet, Map.of()));
  }

  @Override
  public synchronized void store(StockBatch batch) {
    maybeFail();
    cabinets.whileHeld(
        batch.lease(),
        () -> {
          snapshots.put(batch.cabinet(), batch.snapshot());
          Map<SizeKey, SizeStock> stored =
              sizes.computeIfAbsent(batch.cabinet(), c -> new LinkedHashMap<>());
          batch.sizes().forEach(size -> stored.put(size.size(), size));
          outbox.append(batch.events(), batch.detectedAt());
        });
  }

  public synchronized List<StockLevel> snapshot(CabinetId cabinet) {
    return snapshots.getOrDefault(cabinet, List.of());
  }
}
