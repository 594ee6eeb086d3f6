package com.wbassist.app.wiring;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.app.extension.ChatUpdateListener;
import com.wbassist.app.reports.ReportFormats;
import com.wbassist.application.port.in.AuthenticateApiKey;
import com.wbassist.application.port.in.HandleChatUpdate;
import com.wbassist.application.port.in.HandleStoredUpdates;
import com.wbassist.application.port.in.PlanDailySummaries;
import com.wbassist.application.port.in.ReadShopData;
import com.wbassist.application.port.in.ReceiveChatUpdate;
import com.wbassist.application.port.in.RequestReport;
import com.wbassist.application.port.in.RunBackgroundTasks;
import com.wbassist.application.port.in.SellerTasks;
import com.wbassist.application.port.in.ShopDashboard;
import com.wbassist.application.port.in.WebhookEvents;
import com.wbassist.application.port.out.ApiKeys;
import com.wbassist.application.port.out.BackgroundTasks;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.DailySummaries;
import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.DispatchTurns;
import com.wbassist.application.port.out.EventOutbox;
import com.wbassist.application.port.out.FeedbackStore;
import com.wbassist.application.port.out.OrderStore;
import com.wbassist.application.port.out.ProcessedUpdates;
import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.application.port.out.ReportFiles;
import com.wbassist.application.port.out.RequestTurns;
import com.wbassist.application.port.out.SaleStore;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.application.port.out.ShopRecords;
import com.wbassist.application.port.out.StockStore;
import com.wbassist.application.port.out.SyncRequests;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.port.out.TeamInvites;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.application.port.out.TokenAttempts;
import com.wbassist.application.port.out.TokenCareStore;
import com.wbassist.application.port.out.UpdateInbox;
import com.wbassist.application.port.out.WbAccountCheck;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.service.ApiKeyAuthentication;
import com.wbassist.application.service.BackgroundTaskKinds;
import com.wbassist.application.service.BackgroundTaskService;
import com.wbassist.application.service.CabinetSyncService;
import com.wbassist.application.service.ChatConversationService;
import com.wbassist.application.service.ChatUpdateIntake;
import com.wbassist.application.service.DailySummaryPlanning;
import com.wbassist.application.service.DailySummarySending;
import com.wbassist.application.service.MarketStores;
import com.wbassist.application.service.NotificationDispatchService;
import com.wbassist.application.service.PrimarySyncTasks;
import com.wbassist.application.service.ReportTaskRunner;
import com.wbassist.application.service.ResyncTaskRunner;
import com.wbassist.application.service.SellerApiKeyService;
import com.wbassist.application.service.SellerMenus;
import com.wbassist.application.service.ShopDashboardService;
import com.wbassist.application.service.ShopDataQueries;
import com.wbassist.application.service.SyncAnnouncements;
import com.wbassist.application.service.TaskTiming;
import com.wbassist.application.service.TeamConversation;
import com.wbassist.application.service.TokenOnboarding;
import com.wbassist.application.service.UpdateInboxPolicy;
import com.wbassist.domain.onboarding.BotReplies;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds the framework-free services of {@code ports} with the adapters: the one place that knows
 * every piece. Each service is a plain object; CDI only hands it its ports.
 */
@ApplicationScoped
public class ServiceWiring {
  @Inject ProductSettings settings;

  /** Where dispatch's sends run, several at once. */
  @Resource ManagedExecutorService sends;

  /**
   * False once the application stops: dispatch then stops between two messages (plain, so no CDI
   * proxy is needed).
   */
  private final java.util.concurrent.atomic.AtomicBoolean running =
      new java.util.concurrent.atomic.AtomicBoolean(true);

  void stopping(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.BeforeDestroyed(ApplicationScoped.class)
          Object event) {
    running.set(false);
  }

  /** The one clock of the application (a CDI alternative may replace it: the sandbox's does). */
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @Singleton
  @Typed(DeliveryQueue.class)
  DeliveryQueue deliveryQueue(PersistenceAdapters storage) {
    return storage.deliveries();
  }

  @Produces
  @Singleton
  @Typed(HandleChatUpdate.class)
  HandleChatUpdate conversation(
      SellerStore sellers,
      CabinetStore cabinets,
      SyncRunLog runs,
      ProcessedUpdates processed,
      TokenAttempts attempts,
      SellerChat chat,
      WbAccountCheck wb,
      SyncRequests syncRequests,
      TeamOwners owners,
      TeamInvites invites,
      Clock clock,
      Instance<ChatUpdateListener> listeners,
      ProductCardStore cards,
      ApiKeys apiKeys,
      RequestReport reports) {
    BotReplies replies = new BotReplies(settings.detection());
    SellerMenus menus =
        new SellerMenus(
            sellers,
            cabinets,
            runs,
            chat,
            replies,
            cards,
            new SellerApiKeyService(apiKeys, owners, new SecureRandom(), clock),
            reports,
            clock);
    TokenOnboarding tokens =
        new TokenOnboarding(
            sellers, cabinets, runs, attempts, wb, chat, syncRequests, replies, clock);
    return new ListenedChatUpdates(
        new ChatConversationService(
            sellers,
            processed,
            chat,
            tokens,
            menus,
            new TeamConversation(
                sellers, cabinets, runs, owners, invites, chat, settings.botUsername(), clock),
            clock),
        listeners);
  }

  /**
   * The webhook's way in: each update stored before Telegram hears back, handled by the
   * conversation, erased; the inbox timer handles what a dead server left. Holds and leases run on
   * real time, not on the application's clock — the sandbox's replays move that one, and a lease
   * must not run out because a scenario jumped a day ahead.
   */
  /**
   * Sellers' API keys: a key's minute is counted on real time, not on the application's clock (the
   * sandbox's replays move that one).
   */
  @Produces
  @Singleton
  AuthenticateApiKey apiKeyAuthentication(ApiKeys keys, ProductSettings product) {
    return new ApiKeyAuthentication(keys, product.apiRateLimit(), Clock.systemUTC());
  }

  @Produces
  @Singleton
  ReadShopData shopData(CabinetStore cabinets, ShopRecords records) {
    return new ShopDataQueries(cabinets, records);
  }

  /** The dashboard's "today" is the application's, as the daily summary's day is. */
  @Produces
  @Singleton
  ShopDashboard shopDashboard(ShopFigures figures, Clock clock) {
    return new ShopDashboardService(figures, clock);
  }

  /**
   * Background tasks (reports): leases and file expiry run on real time, not on the application's
   * clock (the sandbox's replays move that one, and a lease must not lapse because a scenario
   * jumped a day ahead).
   */
  @Produces
  @Singleton
  @Typed({SellerTasks.class, RequestReport.class})
  BackgroundTaskService backgroundTaskService(
      BackgroundTasks tasks,
      ReportFiles files,
      SellerStore sellers,
      CabinetStore cabinets,
      SyncRunLog runs) {
    return new BackgroundTaskService(
        tasks,
        files,
        sellers,
        cabinets,
        new PrimarySyncTasks(cabinets, runs, settings::syncPolicy),
        Clock.systemUTC());
  }

  /**
   * Reports and re-syncs (decision 0630). A re-sync pages WB and stores rows as a pass does: on the
   * application's clock and under the cabinet's sync lease of the engine's term.
   */
  @Produces
  @Singleton
  RunBackgroundTasks backgroundTasks(
      BackgroundTasks tasks,
      ShopRecords records,
      ReportFiles files,
      SellerChat chat,
      WebhookEvents webhooks,
      CabinetStore cabinets,
      WbMarketData wb,
      ProductCardStore cards,
      OrderStore orders,
      SaleStore sales,
      StockStore stocks,
      FeedbackStore feedbacks,
      SetAsideRows setAside,
      Clock clock) {
    ReportTaskRunner reports =
        new ReportTaskRunner(
            tasks,
            records,
            new ReportFormats(),
            files,
            chat,
            Clock.systemUTC(),
            TaskTiming.defaults(),
            webhooks);
    ResyncTaskRunner resyncs =
        new ResyncTaskRunner(
            tasks,
            Clock.systemUTC(),
            TaskTiming.defaults(),
            cabinets,
            wb,
            new MarketStores(cards, orders, sales, stocks, feedbacks, setAside),
            settings::syncPolicy,
            settings.detection(),
            clock,
            settings.schedule().lease(),
            Duration.ofSeconds(1));
    return new BackgroundTaskKinds(tasks, reports, resyncs);
  }

  @Produces
  @Singleton
  @Typed({ReceiveChatUpdate.class, HandleStoredUpdates.class})
  ChatUpdateIntake chatUpdates(UpdateInbox inbox, HandleChatUpdate conversation) {
    return new ChatUpdateIntake(
        inbox, conversation, UpdateInboxPolicy.defaults(), Clock.systemUTC());
  }

  @Produces
  @Singleton
  CabinetSyncService sync(
      CabinetStore cabinets,
      SyncRunLog runs,
      WbMarketData wb,
      ProductCardStore cards,
      OrderStore orders,
      SaleStore sales,
      StockStore stocks,
      FeedbackStore feedbacks,
      SetAsideRows setAside,
      SellerStore sellers,
      SellerChat chat,
      RequestTurns requestTurns,
      Clock clock,
      TokenCareStore tokenCare) {
    return new CabinetSyncService(
        cabinets,
        runs,
        wb,
        new MarketStores(cards, orders, sales, stocks, feedbacks, setAside),
        settings::syncPolicy,
        settings.detection(),
        settings.schedule(),
        new SyncAnnouncements(sellers, chat, new BotReplies(settings.detection())),
        requestTurns,
        clock,
        tokenCare);
  }

  /** The daily summaries due this minute, planned by any server (decision 0624). */
  @Produces
  @Singleton
  @Typed(PlanDailySummaries.class)
  PlanDailySummaries dailySummaryPlanning(DailySummaries summaries, Clock clock) {
    return new DailySummaryPlanning(summaries, clock);
  }

  @Produces
  @Singleton
  NotificationDispatchService dispatch(
      EventOutbox outbox,
      DeliveryQueue deliveries,
      SellerStore sellers,
      ProductCardStore cards,
      SellerChat chat,
      DispatchTurns turns,
      Clock clock,
      DailySummaries summaries,
      CabinetStore cabinets,
      ShopFigures figures) {
    return new NotificationDispatchService(
        outbox,
        deliveries,
        sellers,
        cards,
        chat,
        settings.dispatch(),
        clock,
        turns,
        ThisServer.NAME,
        sends,
        running::get,
        figures,
        new DailySummarySending(
            summaries, sellers, cabinets, figures, chat, settings.dispatch(), clock));
  }
}
