package com.wbassist.app.wiring;

import com.wbassist.application.service.DispatchPolicy;
import com.wbassist.application.service.HousekeepingPolicy;
import com.wbassist.application.service.SyncSchedule;
import com.wbassist.domain.apikey.ApiRateLimit;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.housekeeping.Retention;
import com.wbassist.domain.sync.SyncPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The product's rules and rhythms from MicroProfile Config (defaults in server.xml and README.md).
 * The sync policy is held so a scenario replay can set the page limit the sandbox serves, for its
 * duration.
 */
@ApplicationScoped
public class ProductSettings {
  @Inject
  @ConfigProperty(name = "SYNC_INTERVAL", defaultValue = "180")
  long syncIntervalSeconds;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_SYNC_PRIMARY_WINDOW_DAYS", defaultValue = "30")
  int primaryWindowDays;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_SYNC_PAGE_LIMIT", defaultValue = "80000")
  int pageLimit;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_SYNC_LEASE_MINUTES", defaultValue = "30")
  int leaseMinutes;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_SYNC_CONCURRENCY", defaultValue = "16")
  int syncConcurrency;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_STALE_AFTER_DAYS", defaultValue = "7")
  int staleAfterDays;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_NEGATIVE_MAX", defaultValue = "3")
  int negativeMax;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_CRITICAL_STOCK", defaultValue = "2")
  int criticalStock;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_DISPATCH_INTERVAL_SECONDS", defaultValue = "5")
  long dispatchIntervalSeconds;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_DISPATCH_GIVE_UP_HOURS", defaultValue = "24")
  long giveUpHours;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_DISPATCH_CONCURRENCY", defaultValue = "8")
  int dispatchConcurrency;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_RETAIN_SYNC_RUNS_DAYS", defaultValue = "14")
  int retainSyncRunsDays;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_RETAIN_NOTIFICATIONS_DAYS", defaultValue = "30")
  int retainNotificationsDays;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_RETAIN_MARKET_DAYS", defaultValue = "90")
  int retainMarketDays;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_HOUSEKEEPING_INTERVAL_MINUTES", defaultValue = "60")
  long housekeepingIntervalMinutes;

  /** The bot's Telegram username, for invite links (decision 0621); none: invites unavailable. */
  @Inject
  @ConfigProperty(name = "WB_ASSIST_BOT_USERNAME")
  java.util.Optional<String> botUsername;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_API_REQUESTS_PER_MINUTE", defaultValue = "120")
  int apiRequestsPerMinute;

  @Inject
  @ConfigProperty(name = "WB_ASSIST_WEBHOOK_CONCURRENCY", defaultValue = "4")
  int webhookConcurrency;

  /** Webhook deliveries in flight at once on this server, on threads of their own. */
  public com.wbassist.application.service.WebhookPolicy webhooks() {
    return com.wbassist.application.service.WebhookPolicy.withConcurrency(
        Math.max(1, webhookConcurrency));
  }

  private final AtomicReference<SyncPolicy> syncPolicy = new AtomicReference<>();

  public SyncPolicy syncPolicy() {
    return syncPolicy.updateAndGet(
        current ->
            current != null
                ? current
                : new SyncPolicy(Duration.ofDays(primaryWindowDays), pageLimit, 1_000, 100));
  }

  /** For the sandbox's scenario replay: the page limit the WB sandbox serves. */
  public void statisticsPageLimit(int limit) {
    syncPolicy.set(syncPolicy().withStatisticsPageLimit(limit));
  }

  public int configuredPageLimit() {
    return pageLimit;
  }

  public DetectionPolicy detection() {
    return new DetectionPolicy(Duration.ofDays(staleAfterDays), negativeMax, criticalStock);
  }

  /** What one seller API key may ask a minute, over the whole cluster. */
  public ApiRateLimit apiRateLimit() {
    return new ApiRateLimit(apiRequestsPerMinute);
  }

  public SyncSchedule schedule() {
    return new SyncSchedule(
        Duration.ofSeconds(syncIntervalSeconds), Duration.ofMinutes(leaseMinutes), syncConcurrency);
  }

  public DispatchPolicy dispatch() {
    return DispatchPolicy.defaults()
        .withGiveUpAfter(Duration.ofHours(giveUpHours))
        .withConcurrency(dispatchConcurrency);
  }

  /** Passes one server runs at once (the sync engine's bound). */
  public int syncConcurrency() {
    return syncConcurrency;
  }

  public Duration syncInterval() {
    return Duration.ofSeconds(syncIntervalSeconds);
  }

  public Duration dispatchInterval() {
    return Duration.ofSeconds(dispatchIntervalSeconds);
  }

  /**
   * What housekeeping keeps: market rows never less than WB's 90 days nor than a row stays news
   * ({@link Retention#marketRowsKept}), whatever was asked; the rest as asked.
   */
  public HousekeepingPolicy housekeeping() {
    Retention defaults = Retention.defaults();
    return HousekeepingPolicy.with(
        new Retention(
            defaults.handledUpdates(),
            Duration.ofDays(retainSyncRunsDays),
            Duration.ofDays(retainNotificationsDays),
            Retention.marketRowsKept(Duration.ofDays(retainMarketDays), detection().staleAfter()),
            defaults.tokenAttempts()));
  }

  /** The market retention as configured, before {@link #housekeeping()} raises it. */
  public int askedMarketRetentionDays() {
    return retainMarketDays;
  }

  /** At least a minute. */
  public Duration housekeepingInterval() {
    return Duration.ofMinutes(Math.max(1, housekeepingIntervalMinutes));
  }

  /** The bot's username for invite links; blank when not configured. */
  public String botUsername() {
    return botUsername.map(String::strip).orElse("");
  }
}
