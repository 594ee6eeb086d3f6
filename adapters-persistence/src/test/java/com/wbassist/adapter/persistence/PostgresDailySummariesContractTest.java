package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.DailySummariesContract;

/** The database plans the daily summaries by the domain's rule, in SQL, and claims them leased. */
class PostgresDailySummariesContractTest extends DailySummariesContract {
  @Override
  protected Stores emptyStores() {
    PersistenceAdapters empty = ContractAdapters.emptied();
    return new Stores(empty.sellers(), empty.cabinets(), empty.dailySummaries());
  }
}
