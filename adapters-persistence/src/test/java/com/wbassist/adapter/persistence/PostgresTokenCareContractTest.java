package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.TokenCareContract;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.TokenCareStore;

/** The token care columns of {@code cabinets} keep the contract's conditions. */
class PostgresTokenCareContractTest extends TokenCareContract {
  private PersistenceAdapters adapters;

  @Override
  protected TokenCareStore emptyTokenCare() {
    adapters = ContractAdapters.emptied();
    return adapters.tokenCare();
  }

  @Override
  protected CabinetStore cabinets() {
    return adapters.cabinets();
  }
}
