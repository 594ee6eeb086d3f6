package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.sync.SyncLease;
import java.util.List;
import java.util.Optional;

/** Stored product cards: what notifications show of a product. */
public interface ProductCardStore {
  Optional<ProductCard> card(CabinetId cabinet, long nmId);

  /** Where the card list was left, to go on from there. */
  Optional<CardCursor> cursor(CabinetId cabinet);

  /**
   * Upserts the cards of the lease's cabinet by {@code nmId} and moves the cursor, in one
   * transaction that also checks the lease is still the cabinet's and renews it to {@code
   * lease.until()}.
   *
   * @throws LeaseLostException when it is not; nothing is stored
   */
  void store(SyncLease lease, List<ProductCard> cards, Optional<CardCursor> cursor);
}
