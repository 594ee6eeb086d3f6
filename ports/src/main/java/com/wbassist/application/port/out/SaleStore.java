package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Sale;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Stored sales and returns of every cabinet. */
public interface SaleStore {
  /** Which of the given {@code saleID}s are stored, in one round trip. */
  Set<String> knownSaleIds(CabinetId cabinet, Collection<String> saleIds);

  /**
   * The {@code dateFrom} of the cabinet's next sales request, as the last stored page left it;
   * empty before the first page.
   */
  Optional<Instant> cursor(CabinetId cabinet);

  /**
   * Rows, cursor and events in one transaction, under the batch's lease (see {@link StreamBatch}).
   *
   * @throws LeaseLostException when the pass no longer holds the cabinet; nothing is stored
   */
  void store(StreamBatch<Sale> batch);
}
