package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryCabinetStore;
import com.wbassist.application.fakes.InMemoryTokenCare;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.TokenCareStore;

/** The in-memory token care keeps the database's conditions. */
class InMemoryTokenCareContractTest extends TokenCareContract {
  private final InMemoryCabinetStore cabinets = new InMemoryCabinetStore();

  @Override
  protected TokenCareStore emptyTokenCare() {
    return new InMemoryTokenCare(cabinets);
  }

  @Override
  protected CabinetStore cabinets() {
    return cabinets;
  }
}
