package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryCabinetStore;
import com.wbassist.application.fakes.InMemoryFeedbackStore;
import com.wbassist.application.fakes.InMemoryOrderStore;
import com.wbassist.application.fakes.InMemoryOutbox;
import com.wbassist.application.fakes.InMemoryProcessedUpdates;
import com.wbassist.application.fakes.InMemoryProductCardStore;
import com.wbassist.application.fakes.InMemorySaleStore;
import com.wbassist.application.fakes.InMemorySellerStore;
import com.wbassist.application.fakes.InMemoryStockStore;
import com.wbassist.application.fakes.InMemorySyncRunLog;

/** The in-memory fakes keep the same contract as the database. */
class InMemoryStorageContractTest extends StoragePortsContract {
  @Override
  protected StoragePorts emptyStorage() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    InMemorySellerStore sellers = new InMemorySellerStore();
    outbox.chatIds(sellers::chatOf);
    InMemoryCabinetStore cabinets = new InMemoryCabinetStore();
    return new StoragePorts(
        cabinets,
        sellers,
        new InMemoryOrderStore(outbox, cabinets),
        new InMemorySaleStore(outbox, cabinets),
        new InMemoryFeedbackStore(outbox, cabinets),
        new InMemoryStockStore(outbox, cabinets),
        new InMemoryProductCardStore(cabinets),
        outbox,
        outbox,
        new InMemorySyncRunLog(cabinets),
        new InMemoryProcessedUpdates());
  }
}
