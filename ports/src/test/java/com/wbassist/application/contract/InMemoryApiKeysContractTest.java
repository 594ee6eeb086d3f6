package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryApiKeys;
import com.wbassist.application.port.out.ApiKeys;

/** The in-memory fake counts API requests as the database does. */
class InMemoryApiKeysContractTest extends ApiKeysContract {
  @Override
  protected ApiKeys emptyKeys() {
    return new InMemoryApiKeys();
  }
}
