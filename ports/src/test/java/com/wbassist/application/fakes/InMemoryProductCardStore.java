package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.sync.SyncLease;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Product cards in memory, with the cursor where the card list was left. */
public final class InMemoryProductCardStore extends FailureSwitch implements ProductCardStore {
  private final Map<CabinetId, Map<Long, ProductCard>> cards = new HashMap<>();
  private final Map<CabinetId, CardCursor> cursors = new HashMap<>();
  private final InMemoryCabinetStore cabinets;

  /**
   * @param cabinets whose leases cards are stored under
   */
  public InMemoryProductCardStore(InMemoryCabinetStore cabinets) {
    this.cabinets = cabinets;
  }

  @Override
  public synchronized Optional<ProductCard> card(CabinetId cabinet, long nmId) {
    return Optional.ofNullable(cards.getOrDefault(cabinet, Map.of()).get(nmId));
  }

  @Override
  public synchronized Optional<CardCursor> cursor(CabinetId cabinet) {
    return Optional.ofNullable(cursors.get(cabinet));
  }

  @Override
  public synchronized void store(
      SyncLease lease, List<ProductCard> newCards, Optional<CardCursor> cursor) {
    maybeFail();
    CabinetId cabinet = lease.cabinet();
    cabinets.whileHeld(
        lease,
        () -> {
          Map<Long, ProductCard> stored =
              cards.computeIfAbsent(cabinet, c -> new LinkedHashMap<>());
          newCards.forEach(card -> stored.put(card.nmId(), card));
          cursor.ifPresent(c -> cursors.put(cabinet, c));
        });
  }

  public synchronized List<ProductCard> stored(CabinetId cabinet) {
    return List.copyOf(cards.getOrDefault(cabinet, Map.of()).values());
  }
}
