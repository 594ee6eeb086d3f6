package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.UnreadableTokenContract;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;

/** The database adapter reads a token sealed with another key as the in-memory fake is told to. */
class PostgresUnreadableTokenContractTest extends UnreadableTokenContract {

  @Override
  protected CabinetStore emptyCabinets() {
    return ContractAdapters.emptied().cabinets();
  }

  @Override
  protected void makeTokenUnreadable(CabinetId id) {
    SealedElsewhere.seal(id, new ApiToken("eyJ.sealed-elsewhere.sig"));
  }
}
