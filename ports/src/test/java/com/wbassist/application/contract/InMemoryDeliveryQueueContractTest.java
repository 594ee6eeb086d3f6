package com.wbassist.application.contract;

/** The in-memory delivery queue keeps the same order and re-queue as the database. */
class InMemoryDeliveryQueueContractTest extends DeliveryQueueContract {
  @Override
  protected StoragePorts emptyStorage() {
    return new InMemoryStorageContractTest().emptyStorage();
  }
}
