package com.wbassist.application.fakes;

import com.wbassist.application.port.out.SaleStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Sale;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Sales in memory; a batch applies rows, cursor and events together or not at all. */
public final class InMemorySaleStore extends FailureSwitch implements SaleStore {
  private final InMemoryOutbox outbox;
  private final InMemoryCabinetStore cabinets;
  private final Map<CabinetId, Map<String, Sale>> sales = new HashMap<>();
  private final Map<CabinetId, Instant> cursors = new HashMap<>();

  /**
   * @param cabinets whose leases a batch is stored under
   */
  public InMemorySaleStore(InMemoryOutbox outbox, InMemoryCabinetStore cabinets) {
    this.outbox = outbox;
    this.cabinets = cabinets;
  }

  @Override
  public synchronized Set<String> knownSaleIds(CabinetId cabinet, Collection<String> saleIds) {
    Map<String, Sale> stored = sales.getOrDefault(cabinet, Map.of());
    return saleIds.stream().filter(stored::containsKey).collect(Collectors.toSet());
  }

  @Override
  public synchronized Optional<Instant> cursor(CabinetId cabinet) {
    return Optional.ofNullable(cursors.get(cabinet));
  }

  @Override
  public synchronized void store(StreamBatch<Sale> batch) {
    maybeFail();
    cabinets.whileHeld(
        batch.lease(),
        () -> {
          Map<String, Sale> stored =
              sales.computeIfAbsent(batch.cabinet(), c -> new LinkedHashMap<>());
          for (Sale sale : batch.rows()) {
            stored.merge(
                sale.saleId(),
                sale,
                (old, neu) -> neu.lastChangeDate().isBefore(old.lastChangeDate()) ? old : neu);
          }
          // A cursor only moves forward: an older one (a page stored again) leaves it where it is.
          batch
              .cursor()
              .ifPresent(c -> cursors.merge(batch.cabinet(), c, (a, b) -> a.isAfter(b) ? a : b));
          outbox.append(batch.events(), batch.detectedAt());
        });
  }

  public synchronized List<Sale> stored(CabinetId cabinet) {
    return List.copyOf(sales.getOrDefault(cabinet, Map.of()).values());
  }
}
