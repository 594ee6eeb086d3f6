package com.wbassist.application.fakes;

import com.wbassist.application.port.out.OrderStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.KnownOrder;
import com.wbassist.domain.market.Order;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders in memory; a batch applies rows, cursor and events together or not at all. */
public final class InMemoryOrderStore extends FailureSwitch implements OrderStore {
  private final InMemoryOutbox outbox;
  private final InMemoryCabinetStore cabinets;
  private final Map<CabinetId, Map<String, Order>> orders = new HashMap<>();
  private final Map<CabinetId, Instant> cursors = new HashMap<>();

  /**
   * @param cabinets whose leases a batch is stored under
   */
  public InMemoryOrderStore(InMemoryOutbox outbox, InMemoryCabinetStore cabinets) {
    this.outbox = outbox;
    this.cabinets = cabinets;
  }

  @Override
  public synchronized Map<String, KnownOrder> knownOrders(
      CabinetId cabinet, Collection<String> srids) {
    Map<String, Order> stored = orders.getOrDefault(cabinet, Map.of());
    Map<String, KnownOrder> known = new HashMap<>();
    for (String srid : srids) {
      Order order = stored.get(srid);
      if (order != null) {
        known.put(srid, new KnownOrder(srid, order.cancelled()));
      }
    }
    return known;
  }

  @Override
  public synchronized Optional<Instant> cursor(CabinetId cabinet) {
    return Optional.ofNullable(cursors.get(cabinet));
  }

  @Override
  public synchronized void store(StreamBatch<Order> batch) {
    maybeFail();
    cabinets.whileHeld(
        batch.lease(),
        () -> {
          Map<String, Order> stored =
              orders.computeIfAbsent(batch.cabinet(), c -> new LinkedHashMap<>());
          for (Order order : batch.rows()) {
            stored.merge(
                order.srid(),
                order,
                (old, neu) -> neu.lastChangeDate().isBefore(old.lastChangeDate()) ? old : neu);
          }
          // A cursor only moves forward: an older one (a page stored again) leaves it where it is.
          batch
              .cursor()
              .ifPresent(c -> cursors.merge(batch.cabinet(), c, (a, b) -> a.isAfter(b) ? a : b));
          outbox.append(batch.events(), batch.detectedAt());
        });
  }

  public synchronized List<Order> stored(CabinetId cabinet) {
    return List.copyOf(orders.getOrDefault(cabinet, Map.of()).values());
  }
}
