package com.wbassist.adapter.telegram;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The adapter's MicroProfile Config keys (docs/adapters/telegram.md lists them all), read through
 * any lookup so the reading is testable without a container. Secrets have no default.
 */
public final class TelegramConfig {
  public static final String BOT_TOKEN = "telegram.bot-token";
  public static final String API_URL = "telegram.api-url";
  public static final String WEBHOOK_SECRET = "telegram.webhook-secret";
  public static final String PUBLIC_URL = "telegram.public-url";
  public static final String GLOBAL_PER_SECOND = "telegram.rate.global-per-second";
  public static final String PER_CHAT_PER_SECOND = "telegram.rate.per-chat-per-second";
  public static final String REQUEST_TIMEOUT_MS = "telegram.request-timeout-ms";
  public static final String MAX_ATTEMPTS = "telegram.max-attempts";
  public static final String MAX_RETRY_AFTER_S = "telegram.max-retry-after-seconds";
  public static final String PHOTO_HOSTS = "telegram.photo-hosts";

  private final Function<String, Optional<String>> lookup;

  public TelegramConfig(Function<String, Optional<String>> lookup) {
    this.lookup = key -> lookup.apply(key).map(String::strip).filter(value -> !value.isEmpty());
  }

  /** The client's settings; fails naming the key when the bot token is not configured. */
  public BotApiSettings settings() {
    String token =
        lookup
            .apply(BOT_TOKEN)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        BOT_TOKEN
                            + " is not configured (in sandbox mode set it to any value and point "
                            + API_URL
                            + " at the stand-in)"));
    BotApiSettings defaults =
        BotApiSettings.defaults(lookup.apply(API_URL).orElse(BotApiSettings.TELEGRAM_API), token);
    return defaults
        .withRates(
            number(GLOBAL_PER_SECOND, defaults.globalPerSecond()),
            number(PER_CHAT_PER_SECOND, defaults.perChatPerSecond()))
        .withRetries(
            (int) number(MAX_ATTEMPTS, defaults.maxAttempts()),
            defaults.firstBackoff(),
            Duration.ofSeconds(
                (long) number(MAX_RETRY_AFTER_S, defaults.maxRetryAfter().toSeconds())),
            Duration.ofMillis(
                (long) number(REQUEST_TIMEOUT_MS, defaults.requestTimeout().toMillis())))
        .withPhotoHosts(photoHosts(defaults.photoHosts()));
  }

  public String webhookSecret() {
    return lookup.apply(WEBHOOK_SECRET).orElse("");
  }

  /**
   * Where Telegram should send updates: the public URL plus the resource's path; empty when none is
   * configured.
   */
  public Optional<String> webhookUrl() {
    return lookup
        .apply(PUBLIC_URL)
        .map(base -> base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        .map(base -> base + "/" + TelegramWebhookResource.PATH);
  }

  private List<String> photoHosts(List<String> fallback) {
    Optional<String> value = lookup.apply(PHOTO_HOSTS);
    List<String> hosts =
        value
            .map(
                list ->
                    Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(host -> !host.isEmpty())
                        .toList())
            .orElse(fallback);
    try {
      PhotoHosts.of(hosts);
    } catch (IllegalArgumentException wrong) {
      throw new IllegalStateException(PHOTO_HOSTS + ": " + wrong.getMessage(), wrong);
    }
    return hosts;
  }

  private double number(String key, double fallback) {
    Optional<String> value = lookup.apply(key);
    try {
      return value.map(Double::parseDouble).orElse(fallback);
    } catch (NumberFormatException wrong) {
      throw new IllegalStateException(key + " is not a number: " + value.get(), wrong);
    }
  }
}
