package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemorySetAsideRows;
import com.wbassist.application.port.out.SetAsideRows;

/** The in-memory fake keeps set-aside rows as the database does. */
class InMemorySetAsideRowsContractTest extends SetAsideRowsContract {
  @Override
  protected SetAsideRows emptySetAside() {
    return new InMemorySetAsideRows();
  }
}
