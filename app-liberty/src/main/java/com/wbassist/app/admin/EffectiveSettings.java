package com.wbassist.app.admin;

import com.wbassist.adapter.telegram.BotApiSettings;
import com.wbassist.adapter.telegram.TelegramConfig;
import com.wbassist.app.config.ProductionSettings;
import com.wbassist.app.config.RunMode;
import com.wbassist.app.database.Database;
import com.wbassist.app.security.AdminCredentials;
import com.wbassist.app.security.AdminIdentityStore;
import com.wbassist.app.wiring.ProductSettings;
import com.wbassist.domain.housekeeping.Retention;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * What this server really runs with, one entry per setting of README.md's table, read from the
 * objects that use each setting — the product's rules and rhythms as the services were given them,
 * Telegram's as the adapter parses them, the database as the pool's connections report it, the
 * operators' store as CDI resolved it. Secrets appear only as {@code set} or {@code unset}.
 */
@ApplicationScoped
public class EffectiveSettings {
  static final String SET = "set";
  static final String UNSET = "unset";

  @Inject ProductSettings product;
  @Inject Config config;
  @Inject Instance<AdminIdentityStore> adminStore;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource database;

  public JsonObject describe() {
    JsonObjectBuilder settings = Json.createObjectBuilder();
    settings.add(RunMode.MODE_ENV, RunMode.current().name().toLowerCase(java.util.Locale.ROOT));
    describeServer(settings);
    describeDatabase(settings);
    describeTelegram(settings);
    settings.add(ProductionSettings.TOKEN_KEY, presence(ProductionSettings.TOKEN_KEY));
    settings.add(
        AdminCredentials.USER, read(AdminCredentials.USER).filter(this::isReal).orElse(UNSET));
    settings.add(AdminCredentials.PASSWORD, presence(AdminCredentials.PASSWORD));
    settings.add("WB_ASSIST_ADMIN_REGISTRY", adminStore.isResolvable() ? "settings" : "server");
    describeProduct(settings);
    return settings.build();
  }

  /** Liberty's own: the HTTP endpoint (the server answering on the port is the proof). */
  private void describeServer(JsonObjectBuilder settings) {
    settings.add("WB_ASSIST_HTTP_HOST", read("WB_ASSIST_HTTP_HOST").orElse("localhost"));
    settings.add("WB_ASSIST_HTTP_PORT", read("WB_ASSIST_HTTP_PORT").orElse("9080"));
  }

  /** As the data source's connections report it: the URL and user the pool really logs in with. */
  private void describeDatabase(JsonObjectBuilder settings) {
    try (Connection connection = database.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      String url = metadata.getURL();
      int query = url.indexOf('?');
      settings.add(ProductionSettings.DB_URL, query < 0 ? url : url.substring(0, query));
      settings.add("WB_ASSIST_DB_USER", metadata.getUserName());
    } catch (SQLException unreachable) {
      settings.add(ProductionSettings.DB_URL, "unreachable: " + unreachable.getSQLState());
      settings.add("WB_ASSIST_DB_USER", "unreachable");
    }
    settings.add("WB_ASSIST_DB_PASSWORD", presence("WB_ASSIST_DB_PASSWORD"));
    settings.add("WB_ASSIST_DB_POOL_MAX", read("WB_ASSIST_DB_POOL_MAX").orElse("20"));
  }

  /** As the Telegram adapter parses its keys: the bot's public id, never its secret part. */
  private void describeTelegram(JsonObjectBuilder settings) {
    TelegramConfig telegram = new TelegramConfig(key -> config.getOptionalValue(key, String.class));
    String botToken = read(TelegramConfig.BOT_TOKEN).orElse("");
    settings.add(
        ProductionSettings.BOT_TOKEN,
        botToken.contains(":")
            ? SET + " (bot " + botToken.substring(0, botToken.indexOf(':')) + ")"
            : UNSET);
    settings.add(
        ProductionSettings.WEBHOOK_SECRET, telegram.webhookSecret().isEmpty() ? UNSET : SET);
    settings.add("TELEGRAM_PUBLIC_URL", telegram.webhookUrl().orElse(""));
    if (!botToken.isEmpty()) {
      BotApiSettings bot = telegram.settings();
      settings.add("TELEGRAM_PHOTO_HOSTS", String.join(",", bot.photoHosts()));
    }
  }

  /** As the services were built: ProductSettings is where every service gets its rules from. */
  private void describeProduct(JsonObjectBuilder settings) {
    settings.add("SYNC_INTERVAL", product.schedule().interval().toSeconds());
    settings.add(
        "WB_ASSIST_SYNC_PRIMARY_WINDOW_DAYS", product.syncPolicy().primaryWindow().toDays());
    settings.add("WB_ASSIST_SYNC_PAGE_LIMIT", product.syncPolicy().statisticsPageLimit());
    settings.add("WB_ASSIST_SYNC_LEASE_MINUTES", product.schedule().lease().toMinutes());
    settings.add("WB_ASSIST_SYNC_CONCURRENCY", product.syncConcurrency());
    settings.add("WB_ASSIST_DISPATCH_CONCURRENCY", product.dispatch().concurrency());
    settings.add("WB_ASSIST_API_REQUESTS_PER_MINUTE", product.apiRateLimit().perMinute());
    settings.add("WB_ASSIST_WEBHOOK_CONCURRENCY", product.webhooks().concurrency());
    settings.add("WB_ASSIST_STALE_AFTER_DAYS", product.detection().staleAfter().toDays());
    settings.add("WB_ASSIST_NEGATIVE_MAX", product.detection().negativeMax());
    settings.add("WB_ASSIST_CRITICAL_STOCK", product.detection().criticalStock());
    settings.add("WB_ASSIST_DISPATCH_INTERVAL_SECONDS", product.dispatchInterval().toSeconds());
    settings.add("WB_ASSIST_DISPATCH_GIVE_UP_HOURS", product.dispatch().giveUpAfter().toHours());
    Retention kept = product.housekeeping().retention();
    settings.add("WB_ASSIST_RETAIN_SYNC_RUNS_DAYS", kept.syncRuns().toDays());
    settings.add("WB_ASSIST_RETAIN_NOTIFICATIONS_DAYS", kept.notifications().toDays());
    settings.add("WB_ASSIST_RETAIN_MARKET_DAYS", kept.marketRows().toDays());
    settings.add(
        "WB_ASSIST_HOUSEKEEPING_INTERVAL_MINUTES", product.housekeepingInterval().toMinutes());
    settings.add("WB_ASSIST_BOT_USERNAME", product.botUsername());
  }

  private String presence(String name) {
    return read(name).filter(this::isReal).isPresent() ? SET : UNSET;
  }

  private boolean isReal(String value) {
    return !value.isBlank() && !value.contains("${");
  }

  private Optional<String> read(String name) {
    return config.getOptionalValue(name, String.class);
  }
}
