package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryCabinetStore;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.domain.cabinet.CabinetId;

/** The in-memory cabinet store treats an unreadable token as the database does. */
class InMemoryUnreadableTokenContractTest extends UnreadableTokenContract {
  private final InMemoryCabinetStore cabinets = new InMemoryCabinetStore();

  @Override
  protected CabinetStore emptyCabinets() {
    return cabinets;
  }

  @Override
  protected void makeTokenUnreadable(CabinetId id) {
    cabinets.makeTokenUnreadable(id);
  }
}
