package com.wbassist.application.contract;

/** The in-memory fakes fence writes with leases as the database does. */
class InMemorySyncLeaseContractTest extends SyncLeaseContract {
  @Override
  protected StoragePorts emptyStorage() {
    return new InMemoryStorageContractTest().emptyStorage();
  }
}
