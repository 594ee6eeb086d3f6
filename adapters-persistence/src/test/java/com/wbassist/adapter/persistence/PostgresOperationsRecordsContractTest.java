package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.OperationsRecordsContract;
import com.wbassist.application.contract.StoragePorts;
import com.wbassist.application.port.out.OperationsRecords;

/**
 * The console's hourly figures in SQL count as the in-memory ones do, on embedded PostgreSQL:
 * generated hours, half-open hour bounds, lag from detection to sending.
 */
class PostgresOperationsRecordsContractTest extends OperationsRecordsContract {
  @Override
  protected StoragePorts emptyStorage() {
    return ContractAdapters.emptyStorage();
  }

  @Override
  protected OperationsRecords recordsOver(StoragePorts storage) {
    return ContractAdapters.current().operationsRecords();
  }
}
