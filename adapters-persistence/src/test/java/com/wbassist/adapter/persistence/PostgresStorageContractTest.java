package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.StoragePorts;
import com.wbassist.application.contract.StoragePortsContract;

/** The database adapter keeps the contract the in-memory fakes keep. */
class PostgresStorageContractTest extends StoragePortsContract {

  @Override
  protected StoragePorts emptyStorage() {
    return ContractAdapters.emptyStorage();
  }
}
