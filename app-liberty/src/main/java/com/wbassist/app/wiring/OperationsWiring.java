package com.wbassist.app.wiring;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.application.port.in.OperationsOverview;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.service.OperationsConsole;
import com.wbassist.domain.sync.SyncTimetable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The operations console's use case, over the stores and the sync interval this server runs. */
@ApplicationScoped
public class OperationsWiring {

  @Produces
  @Singleton
  OperationsOverview operationsOverview(
      PersistenceAdapters storage,
      CabinetStore cabinets,
      SellerStore sellers,
      DeliveryQueue deliveries,
      SyncRunLog runs,
      ProductSettings product,
      Clock clock) {
    return new OperationsConsole(
        cabinets,
        sellers,
        storage.operationsRecords(),
        runs,
        deliveries,
        new SyncTimetable(product.schedule().interval()),
        clock);
  }
}
