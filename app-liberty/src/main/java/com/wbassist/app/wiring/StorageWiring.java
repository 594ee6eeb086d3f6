package com.wbassist.app.wiring;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.adapter.persistence.TokenCipher;
import com.wbassist.app.config.ProductionSettings;
import com.wbassist.app.config.RunMode;
import com.wbassist.app.database.SchemaMigrationAtStartup;
import com.wbassist.application.port.out.ApiKeys;
import com.wbassist.application.port.out.BackgroundTasks;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.DailySummaries;
import com.wbassist.application.port.out.DispatchTurns;
import com.wbassist.application.port.out.EventOutbox;
import com.wbassist.application.port.out.FeedbackStore;
import com.wbassist.application.port.out.OrderStore;
import com.wbassist.application.port.out.ProcessedUpdates;
import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.application.port.out.ReportFiles;
import com.wbassist.application.port.out.RequestTurns;
import com.wbassist.application.port.out.SaleStore;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.application.port.out.ShopRecords;
import com.wbassist.application.port.out.StockStore;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.port.out.TeamInvites;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.application.port.out.TokenAttempts;
import com.wbassist.application.port.out.TokenCareStore;
import com.wbassist.application.port.out.UpdateInbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The storage ports, from the persistence adapter over the non-transactional data source (the
 * adapter commits its own transactions: docs/adapters/persistence.md), once the schema is migrated.
 */
@ApplicationScoped
public class StorageWiring {
  public static final String STORAGE_JNDI = "jdbc/wbassist-storage";

  @Resource(lookup = STORAGE_JNDI)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = ProductionSettings.TOKEN_KEY)
  Optional<String> tokenKey;

  @Inject SchemaMigrationAtStartup migration;

  @Produces
  @Singleton
  PersistenceAdapters storage() {
    if (!migration.isMigrated()) {
      throw new IllegalStateException(
          "the database schema is not migrated; see the log of SchemaMigrationAtStartup");
    }
    return PersistenceAdapters.create(
        dataSource, TokenCipher.fromConfiguration(tokenKey, RunMode.current().isSandbox()));
  }

  /**
   * Static: when the application stops, this bean's own context may already be gone, and Weld then
   * failed to destroy the adapters (WELD-000019) — leaving their connections to the pool's end.
   */
  static void close(@Disposes PersistenceAdapters storage) {
    try {
      storage.close();
    } catch (RuntimeException failed) {
      // Shutting down: say what went wrong and let the rest of the application stop.
      System.getLogger(StorageWiring.class.getName())
          .log(System.Logger.Level.WARNING, "closing the storage failed: " + failed, failed);
    }
  }

  @Produces
  @Singleton
  CabinetStore cabinets(PersistenceAdapters storage) {
    return storage.cabinets();
  }

  @Produces
  @Singleton
  SellerStore sellers(PersistenceAdapters storage) {
    return storage.sellers();
  }

  @Produces
  @Singleton
  OrderStore orders(PersistenceAdapters storage) {
    return storage.orders();
  }

  @Produces
  @Singleton
  SaleStore sales(PersistenceAdapters storage) {
    return storage.sales();
  }

  @Produces
  @Singleton
  FeedbackStore feedbacks(PersistenceAdapters storage) {
    return storage.feedbacks();
  }

  @Produces
  @Singleton
  StockStore stocks(PersistenceAdapters storage) {
    return storage.stocks();
  }

  @Produces
  @Singleton
  ProductCardStore cards(PersistenceAdapters storage) {
    return storage.productCards();
  }

  @Produces
  @Singleton
  EventOutbox outbox(PersistenceAdapters storage) {
    return storage.outbox();
  }

  @Produces
  @Singleton
  SyncRunLog runs(
      PersistenceAdapters storage, com.wbassist.application.port.in.WebhookEvents webhooks) {
    // A pass's end is a webhook event too (SYNC_FINISHED, SYNC_FAILED): decision 0626.
    return new com.wbassist.application.service.SyncRunsToWebhooks(storage.syncRuns(), webhooks);
  }

  @Produces
  @Singleton
  ProcessedUpdates processedUpdates(PersistenceAdapters storage) {
    return storage.processedUpdates();
  }

  @Produces
  @Singleton
  TokenAttempts tokenAttempts(PersistenceAdapters storage) {
    return storage.tokenAttempts();
  }

  @Produces
  @Singleton
  UpdateInbox updateInbox(PersistenceAdapters storage) {
    return storage.updateInbox();
  }

  @Produces
  @Singleton
  SetAsideRows setAsideRows(PersistenceAdapters storage) {
    return storage.setAsideRows();
  }

  @Produces
  @Singleton
  DispatchTurns dispatchTurns(PersistenceAdapters storage) {
    return storage.dispatchTurns();
  }

  @Produces
  @Singleton
  RequestTurns requestTurns(PersistenceAdapters storage) {
    return storage.requestTurns();
  }

  @Produces
  @Singleton
  TokenCareStore tokenCare(PersistenceAdapters storage) {
    return storage.tokenCare();
  }

  /** The shop's figures, judging negative reviews and critical stock as detection does. */
  @Produces
  @Singleton
  ShopFigures shopFigures(PersistenceAdapters storage, ProductSettings settings) {
    return storage.shopFigures(settings.detection());
  }

  @Produces
  @Singleton
  TeamOwners teamOwners(PersistenceAdapters storage) {
    return storage.teamOwners();
  }

  @Produces
  @Singleton
  DailySummaries dailySummaries(PersistenceAdapters storage) {
    return storage.dailySummaries();
  }

  @Produces
  @Singleton
  TeamInvites teamInvites(PersistenceAdapters storage) {
    return storage.teamInvites();
  }

  @Produces
  @Singleton
  ApiKeys apiKeys(PersistenceAdapters storage) {
    return storage.apiKeys();
  }

  @Produces
  @Singleton
  ShopRecords shopRecords(PersistenceAdapters storage) {
    return storage.shopRecords();
  }

  @Produces
  @Singleton
  BackgroundTasks backgroundTasks(PersistenceAdapters storage) {
    return storage.backgroundTasks();
  }

  @Produces
  @Singleton
  ReportFiles reportFiles(PersistenceAdapters storage) {
    return storage.reportFiles();
  }
}
