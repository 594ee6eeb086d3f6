package com.wbassist.app.wiring;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.application.port.in.ForgetCabinet;
import com.wbassist.application.port.in.PruneOldRows;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.service.CabinetForgetting;
import com.wbassist.application.service.HousekeepingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What keeps the database from growing for ever: housekeeping (docs/decisions/0612) and an
 * operator's erasure of a cabinet, each a service of {@code ports} over the persistence adapter.
 */
@ApplicationScoped
public class HousekeepingWiring {
  @Inject ProductSettings settings;

  /** False once the application stops: a housekeeping run then ends after the batch at hand. */
  private final AtomicBoolean running = new AtomicBoolean(true);

  void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    running.set(false);
  }

  @Produces
  @Singleton
  PruneOldRows housekeeping(PersistenceAdapters storage, Clock clock) {
    return new HousekeepingService(
        storage.housekeeping(), settings.housekeeping(), clock, running::get);
  }

  @Produces
  @Singleton
  ForgetCabinet forgetting(
      CabinetStore cabinets, SellerStore sellers, PersistenceAdapters storage, Clock clock) {
    return new CabinetForgetting(cabinets, sellers, storage.cabinetEraser(), clock);
  }
}
