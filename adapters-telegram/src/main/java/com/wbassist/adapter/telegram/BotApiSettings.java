package com.wbassist.adapter.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the Bot API client talks to Telegram. The bot token is a secret: {@link #toString()} never
 * shows it.
 *
 * @param apiUrl Telegram's base URL ({@code https://api.telegram.org}, or a local stand-in);
 *     methods are called at {@code {apiUrl}/bot{token}/{method}}
 * @param botToken the bot's token from BotFather
 * @param globalPerSecond messages per second over all chats (Telegram's bulk limit is about 30)
 * @param perChatPerSecond messages per second to one chat (Telegram: about 1)
 * @param requestTimeout one HTTP call's time limit
 * @param maxAttempts attempts of one call on 5xx, timeouts and 429 before giving up
 * @param firstBackoff the wait after the first 5xx or timeout; doubled for each further attempt
 * @param maxRetryAfter the longest {@code retry_after} waited out; a longer one gives up at once
 * @param photoHosts the hosts card photos may be fetched from ({@code telegram.photo-hosts}): host
 *     suffixes, https only unless written {@code http://host}; WB's by default
 * @param photoCacheSize how many uploaded photos' {@code file_id}s are kept for reuse
 */
public record BotApiSettings(
    URI apiUrl,
    String botToken,
    double globalPerSecond,
    double perChatPerSecond,
    Duration requestTimeout,
    int maxAttempts,
    Duration firstBackoff,
    Duration maxRetryAfter,
    List<String> photoHosts,
    int photoCacheSize) {

  public static final String TELEGRAM_API = "https://api.telegram.org";
  private static final java.util.regex.Pattern BOT_TOKEN_SHAPE =
      java.util.regex.Pattern.compile("[0-9]+:[A-Za-z0-9_-]+");

  public BotApiSettings {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (!BOT_TOKEN_SHAPE.matcher(botToken).matches()) {
      // The message must not repeat the token: it may be a real one pasted with a typo.
      throw new IllegalArgumentException(
          "the bot token is not shaped like BotFather's (digits:letters)");
    }
    if (globalPerSecond <= 0 || perChatPerSecond <= 0) {
      throw new IllegalArgumentException("rate limits must be positive");
    }
    if (maxAttempts < 1 || photoCacheSize < 1) {
      throw new IllegalArgumentException("maxAttempts and photoCacheSize must be at least 1");
    }
    photoHosts = List.copyOf(photoHosts == null ? PhotoHosts.WB : photoHosts);
    PhotoHosts.of(photoHosts); // refuses a malformed entry now, not at the first notification
  }

  /** Telegram's published limits and sensible retry defaults. */
  public static BotApiSettings defaults(String apiUrl, String botToken) {
    return new BotApiSettings(
        URI.create(stripSlash(apiUrl)),
        botToken,
        30,
        1,
        Duration.ofSeconds(10),
        4,
        Duration.ofMillis(500),
        Duration.ofSeconds(60),
        PhotoHosts.WB,
        10_000);
  }

  public BotApiSettings withRates(double global, double perChat) {
    return new BotApiSettings(
        apiUrl,
        botToken,
        global,
        perChat,
        requestTimeout,
        maxAttempts,
        firstBackoff,
        maxRetryAfter,
        photoHosts,
        photoCacheSize);
  }

  public BotApiSettings withRetries(
      int attempts, Duration backoff, Duration longestRetryAfter, Duration timeout) {
    return new BotApiSettings(
        apiUrl,
        botToken,
        globalPerSecond,
        perChatPerSecond,
        timeout,
        attempts,
        backoff,
        longestRetryAfter,
        photoHosts,
        photoCacheSize);
  }

  public BotApiSettings withPhotoHosts(List<String> hosts) {
    return new BotApiSettings(
        apiUrl,
        botToken,
        globalPerSecond,
        perChatPerSecond,
        requestTimeout,
        maxAttempts,
        firstBackoff,
        maxRetryAfter,
        hosts,
        photoCacheSize);
  }

  /**
   * The URL of one Bot API method; it contains the token, so it is never logged (see {@link
   * SecretMask}).
   */
  URI methodUri(String method) {
    return URI.create(stripSlash(apiUrl.toString()) + "/bot" + botToken + "/" + method);
  }

  @Override
  public String toString() {
    return "BotApiSettings[apiUrl="
        + apiUrl
        + ", botToken=***, global="
        + globalPerSecond
        + "/s, perChat="
        + perChatPerSecond
        + "/s, timeout="
        + requestTimeout
        + ", attempts="
        + maxAttempts
        + ", photoHosts="
        + photoHosts
        + "]";
  }

  private static String stripSlash(String url) {
    String trimmed = url.strip();
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
