package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryCabinetStore;
import com.wbassist.application.fakes.InMemoryDailySummaries;
import com.wbassist.application.fakes.InMemorySellerStore;

/** The in-memory daily summaries plan and claim as the database does. */
class InMemoryDailySummariesContractTest extends DailySummariesContract {
  @Override
  protected Stores emptyStores() {
    InMemorySellerStore sellers = new InMemorySellerStore();
    InMemoryCabinetStore cabinets = new InMemoryCabinetStore();
    return new Stores(sellers, cabinets, new InMemoryDailySummaries(sellers, cabinets));
  }
}
