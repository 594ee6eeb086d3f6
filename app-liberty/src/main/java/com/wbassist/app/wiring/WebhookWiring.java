package com.wbassist.app.wiring;

import com.wbassist.adapter.persistence.PersistenceAdapters;
import com.wbassist.app.config.RunMode;
import com.wbassist.app.webhook.PinnedHttpTransport;
import com.wbassist.app.webhook.SystemHostResolver;
import com.wbassist.application.port.in.DeliverWebhooks;
import com.wbassist.application.port.in.ManageWebhooks;
import com.wbassist.application.port.in.WebhookEvents;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.application.port.out.WebhookDeliveries;
import com.wbassist.application.port.out.WebhookSubscriptions;
import com.wbassist.application.service.PausedWebhookNotice;
import com.wbassist.application.service.WebhookDeliveryService;
import com.wbassist.application.service.WebhookEventRecorder;
import com.wbassist.application.service.WebhookSubscriptionService;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.webhook.WebhookDestination;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Signed webhooks (docs/decisions/0626): the subscriptions' use cases, and the deliverer on a pool
 * of its own — {@code WB_ASSIST_WEBHOOK_CONCURRENCY} sending threads and one for the run — so no
 * receiver ever holds a thread of Telegram dispatch, of sync, or of the EJB timers. Webhooks run on
 * real time, not on the application's clock: the signature's timestamp is checked against the
 * receiver's clock, and the sandbox's replays move the application's.
 */
@ApplicationScoped
public class WebhookWiring {
  private static final Logger LOG = System.getLogger(WebhookWiring.class.getName());

  @Inject ProductSettings settings;
  @Resource ManagedThreadFactory threads;

  private final AtomicBoolean running = new AtomicBoolean(true);
  private ExecutorService pool;

  @PostConstruct
  void start() {
    pool = Executors.newFixedThreadPool(settings.webhooks().concurrency() + 1, threads);
  }

  @PreDestroy
  void stop() {
    running.set(false);
    pool.shutdown();
    try {
      // An attempt in flight ends within its timeouts; what it could not start is handed back.
      pool.awaitTermination(20, TimeUnit.SECONDS);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  /** The webhooks' own threads. */
  public ExecutorService pool() {
    return pool;
  }

  private static WebhookDestination destination() {
    return RunMode.current().isSandbox()
        ? WebhookDestination.sandbox()
        : WebhookDestination.production();
  }

  @Produces
  @Singleton
  WebhookSubscriptions webhookSubscriptions(PersistenceAdapters storage) {
    return storage.webhookSubscriptions();
  }

  @Produces
  @Singleton
  WebhookDeliveries webhookDeliveries(PersistenceAdapters storage) {
    return storage.webhookDeliveries();
  }

  @Produces
  @Singleton
  ManageWebhooks manageWebhooks(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries) {
    return new WebhookSubscriptionService(
        subscriptions, deliveries, destination(), new SecureRandom(), Clock.systemUTC());
  }

  @Produces
  @Singleton
  WebhookEvents webhookEvents(WebhookDeliveries deliveries) {
    return new WebhookEventRecorder(deliveries, Clock.systemUTC());
  }

  /**
   * The owner of a paused subscription is found through {@link TeamOwners}; until a bean of it is
   * deployed, a pause is logged and nobody is told.
   */
  @Produces
  @Singleton
  DeliverWebhooks deliverWebhooks(
      WebhookSubscriptions subscriptions,
      WebhookDeliveries deliveries,
      SellerStore sellers,
      SellerChat chat,
      Instance<TeamOwners> owners) {
    TeamOwners teamOwners;
    if (owners.isResolvable()) {
      teamOwners = owners.get();
    } else {
      LOG.log(
          Level.WARNING,
          "no TeamOwners bean: owners of paused webhook subscriptions will not be told in the bot");
      teamOwners = new NoOwners();
    }
    return new WebhookDeliveryService(
        deliveries,
        subscriptions,
        new SystemHostResolver(),
        PinnedHttpTransport.defaults(),
        destination(),
        new PausedWebhookNotice(teamOwners, sellers, chat, new BotReplies()),
        settings.webhooks(),
        new SplittableRandom(),
        Clock.systemUTC(),
        pool,
        running::get);
  }

  /** Nobody owns anything: the stand-in while no TeamOwners bean is deployed. */
  private static final class NoOwners implements TeamOwners {
    @Override
    public java.util.Optional<Long> ownerOf(com.wbassist.domain.cabinet.CabinetId cabinet) {
      return java.util.Optional.empty();
    }

    @Override
    public boolean claimIfNone(
        com.wbassist.domain.cabinet.CabinetId cabinet, long telegramId, java.time.Instant now) {
      return false;
    }

    @Override
    public java.util.Optional<Long> passOn(
        com.wbassist.domain.cabinet.CabinetId cabinet, long formerOwner, java.time.Instant now) {
      return java.util.Optional.empty();
    }
  }
}
