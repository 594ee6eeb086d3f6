package com.wbassist.adapter.wb;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Everything about talking to WB that an operator may change, read from MicroProfile Config with
 * the production values as defaults. Every key is listed in {@code docs/adapters/wb.md}.
 *
 * @param urls the base URL of each host ({@code wb.<host>.url})
 * @param connectTimeout {@code wb.connect-timeout-ms}
 * @param readTimeout {@code wb.read-timeout-ms}: the longest silence while a page streams in
 * @param limits the token bucket of each endpoint ({@code wb.limit.<endpoint>.interval-ms} and
 *     {@code .burst})
 * @param limitsEnabled {@code wb.limit.enabled}: off only to test against a simulator that does not
 *     limit
 * @param maxWait {@code wb.throttle.max-wait-ms}: the longest one wait for a rate-limit slot;
 *     longer means unavailable
 * @param maxThrottledAttempts {@code wb.throttle.max-attempts}: how many 429 answers one call sits
 *     out
 * @param stocksPageLimit {@code wb.stocks.page-limit}: rows asked for per stocks-report page (WB's
 *     maximum 250,000)
 * @param stocksMaxPages {@code wb.stocks.max-pages}: a guard against a report that never ends
 */
record WbSettings(
    Map<WbHost, URI> urls,
    Duration connectTimeout,
    Duration readTimeout,
    Map<WbEndpoint, RateLimit> limits,
    boolean limitsEnabled,
    Duration maxWait,
    int maxThrottledAttempts,
    int stocksPageLimit,
    int stocksMaxPages) {

  static final int WB_STOCKS_PAGE_MAX = 250_000;

  WbSettings {
    urls = Map.copyOf(urls);
    limits = Map.copyOf(limits);
    if (stocksPageLimit < 1 || stocksPageLimit > WB_STOCKS_PAGE_MAX) {
      throw new IllegalArgumentException(
          "wb.stocks.page-limit must be 1.." + WB_STOCKS_PAGE_MAX + ", was " + stocksPageLimit);
    }
  }

  static WbSettings defaults() {
    Map<WbHost, URI> urls = new EnumMap<>(WbHost.class);
    for (WbHost host : WbHost.values()) {
      urls.put(host, URI.create(host.productionUrl()));
    }
    Map<WbEndpoint, RateLimit> limits = new EnumMap<>(WbEndpoint.class);
    for (WbEndpoint endpoint : WbEndpoint.values()) {
      limits.put(endpoint, endpoint.publishedLimit());
    }
    return new WbSettings(
        urls,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        limits,
        true,
        Duration.ofSeconds(25),
        5,
        WB_STOCKS_PAGE_MAX,
        40);
  }

  static WbSettings from(Config config) {
    WbSettings defaults = defaults();
    Map<WbHost, URI> urls = new EnumMap<>(WbHost.class);
    for (WbHost host : WbHost.values()) {
      urls.put(
          host,
          URI.create(
              config
                  .getOptionalValue(host.configKey(), String.class)
                  .orElse(host.productionUrl())));
    }
    Map<WbEndpoint, RateLimit> limits = new EnumMap<>(WbEndpoint.class);
    for (WbEndpoint endpoint : WbEndpoint.values()) {
      String prefix = "wb.limit." + endpoint.label();
      RateLimit published = endpoint.publishedLimit();
      limits.put(
          endpoint,
          RateLimit.every(
              millis(config, prefix + ".interval-ms", published.interval()),
              config.getOptionalValue(prefix + ".burst", Integer.class).orElse(published.burst())));
    }
    return new WbSettings(
        urls,
        millis(config, "wb.connect-timeout-ms", defaults.connectTimeout()),
        millis(config, "wb.read-timeout-ms", defaults.readTimeout()),
        limits,
        config.getOptionalValue("wb.limit.enabled", Boolean.class).orElse(true),
        millis(config, "wb.throttle.max-wait-ms", defaults.maxWait()),
        config
            .getOptionalValue("wb.throttle.max-attempts", Integer.class)
            .orElse(defaults.maxThrottledAttempts()),
        config
            .getOptionalValue("wb.stocks.page-limit", Integer.class)
            .orElse(defaults.stocksPageLimit()),
        config
            .getOptionalValue("wb.stocks.max-pages", Integer.class)
            .orElse(defaults.stocksMaxPages()));
  }

  RateLimit limit(WbEndpoint endpoint) {
    return limits.get(endpoint);
  }

  private static Duration millis(Config config, String key, Duration fallback) {
    return config.getOptionalValue(key, Long.class).map(Duration::ofMillis).orElse(fallback);
  }
}
