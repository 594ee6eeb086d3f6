package com.wbassist.application.contract;

import com.wbassist.application.fakes.InMemoryCabinetStore;
import com.wbassist.application.fakes.InMemoryFeedbackStore;
import com.wbassist.application.fakes.InMemoryOrderStore;
import com.wbassist.application.fakes.InMemoryOutbox;
import com.wbassist.application.fakes.InMemoryProcessedUpdates;
import com.wbassist.application.fakes.InMemoryProductCardStore;
import com.wbassist.application.fakes.InMemorySaleStore;
import com.wbassist.application.fakes.InMemorySellerStore;
import com.wbassist.application.fakes.InMemoryShopFigures;
import com.wbassist.application.fakes.InMemoryStockStore;
import com.wbassist.application.fakes.InMemorySyncRunLog;
import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.domain.detection.DetectionPolicy;

/** The in-memory figures answer as the database does. */
class InMemoryShopFiguresContractTest extends ShopFiguresContract {

  @Override
  protected StoragePorts emptyStorage() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    InMemoryCabinetStore cabinets = new InMemoryCabinetStore();
    return new StoragePorts(
        cabinets,
        new InMemorySellerStore(),
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

  @Override
  protected ShopFigures figuresOver(StoragePorts storage, DetectionPolicy policy) {
    return new InMemoryShopFigures(
        (InMemoryOrderStore) storage.orders(),
        (InMemorySaleStore) storage.sales(),
        (InMemoryFeedbackStore) storage.feedbacks(),
        (InMemoryStockStore) storage.stocks(),
        (InMemoryProductCardStore) storage.cards(),
        policy);
  }
}
