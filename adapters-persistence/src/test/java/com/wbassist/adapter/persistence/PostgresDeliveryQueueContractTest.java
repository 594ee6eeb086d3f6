package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.DeliveryQueueContract;
import com.wbassist.application.contract.StoragePorts;

/** The database keeps a seller's deliveries in order and re-queues given-up ones. */
class PostgresDeliveryQueueContractTest extends DeliveryQueueContract {

  @Override
  protected StoragePorts emptyStorage() {
    return ContractAdapters.emptyStorage();
  }
}
