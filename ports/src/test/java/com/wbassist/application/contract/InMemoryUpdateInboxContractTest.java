package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryUpdateInbox;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.UpdateInbox;

/** The in-memory fake keeps stored chat updates as the database does. */
class InMemoryUpdateInboxContractTest extends UpdateInboxContract {
  @Override
  protected UpdateInbox emptyInbox() {
    return new InMemoryUpdateInbox();
  }

  @Override
  protected SetAsideRows setAside() {
    return ((InMemoryUpdateInbox) inbox).setAside();
  }
}
