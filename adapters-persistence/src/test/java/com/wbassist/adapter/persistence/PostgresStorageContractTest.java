package com.wbassist.adapter.persistence;

import com.wbassist.application.contract.StoragePorts;
import com.wbassist.application.contract.StoragePortsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The database adapter keeps the contract the in-memory fakes keep. */
class PostgresStorageContractTest extends StoragePortsContract {
  private static PersistenceAdapters adapters;

  @BeforeAll
  static void open() {
    adapters =
        PersistenceAdapters.create(
            EmbeddedDatabase.shared().dataSource(),
            TokenCipher.fromBase64Key(TokenCipher.generateKey()));
  }

  @AfterAll
  static void close() {
    adapters.close();
  }

  @Override
  protected StoragePorts emptyStorage() {
    EmbeddedDatabase.shared().truncate();
    return new StoragePorts(
        adapters.cabinets(),
        adapters.sellers(),
        adapters.orders(),
        adapters.sales(),
        adapters.feedbacks(),
        adapters.stocks(),
        adapters.productCards(),
        adapters.outbox(),
        adapters.deliveries(),
        adapters.syncRuns(),
        adapters.processedUpdates());
  }
}
