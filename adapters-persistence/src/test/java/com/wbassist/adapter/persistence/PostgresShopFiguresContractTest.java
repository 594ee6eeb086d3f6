package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.ShopFiguresContract;
import com.wbassist.application.contract.StoragePorts;
import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.domain.detection.DetectionPolicy;

/**
 * The figures' SQL answers as the in-memory formulas do, on embedded PostgreSQL: Moscow days over
 * spans of instants, "so far" by date and key, sizes through the cards' JSON, the windows.
 */
class PostgresShopFiguresContractTest extends ShopFiguresContract {
  @Override
  protected StoragePorts emptyStorage() {
    return ContractAdapters.emptyStorage();
  }

  @Override
  protected ShopFigures figuresOver(StoragePorts storage, DetectionPolicy policy) {
    return ContractAdapters.current().shopFigures(policy);
  }
}
