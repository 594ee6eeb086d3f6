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

  Optional<Instant> watermark(CabinetId cabinet);

  /** Rows, watermark and events in one transaction. */
  void store(StreamBatch<Sale> batch);
}
