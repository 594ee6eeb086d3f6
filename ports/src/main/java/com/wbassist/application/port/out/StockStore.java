package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import java.util.Map;

/** Stored stock of every cabinet: the last snapshot and what is remembered per size. */
public interface StockStore {
  Map<SizeKey, SizeStock> sizeStocks(CabinetId cabinet);

  /**
   * The snapshot, sizes and events in one transaction, under the batch's lease.
   *
   * @throws LeaseLostException when the pass no longer holds the cabinet; nothing is stored
   */
  void store(StockBatch batch);
}
