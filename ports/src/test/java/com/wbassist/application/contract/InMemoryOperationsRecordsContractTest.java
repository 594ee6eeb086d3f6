package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryOperationsRecords;
import com.wbassist.application.fakes.InMemoryOutbox;
import com.wbassist.application.fakes.InMemorySyncRunLog;
import com.wbassist.application.port.out.OperationsRecords;

/** The in-memory operations figures count as the database does. */
class InMemoryOperationsRecordsContractTest extends OperationsRecordsContract {
  @Override
  protected StoragePorts emptyStorage() {
    return new InMemoryStorageContractTest().emptyStorage();
  }

  @Override
  protected OperationsRecords recordsOver(StoragePorts storage) {
    return new InMemoryOperationsRecords(
        (InMemorySyncRunLog) storage.runs(), (InMemoryOutbox) storage.outbox());
  }
}
