package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.StoragePorts;
import com.wbassist.application.contract.SyncLeaseContract;

/** The database fences a pass's writes with its lease, inside each write's transaction. */
class PostgresSyncLeaseContractTest extends SyncLeaseContract {
  @Override
  protected StoragePorts emptyStorage() {
    return ContractAdapters.emptyStorage();
  }
}
