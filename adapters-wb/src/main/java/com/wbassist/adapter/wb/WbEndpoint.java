package com.wbassist.adapter.wb;

import java.time.Duration;

/**
 * The WB methods this adapter calls, each with its host, its name in messages and config keys, and
 * WB's published limit for Personal, Service and Base-with-secret tokens (WB-AND-TELEGRAM-API.md
 * §2.4) as the default.
 */
enum WbEndpoint {
  ORDERS(WbHost.STATISTICS, "orders", RateLimit.every(Duration.ofMinutes(1), 10)),
  SALES(WbHost.STATISTICS, "sales", RateLimit.every(Duration.ofMinutes(1), 1)),
  /** Both review lists: WB counts every feedbacks-and-questions method against one budget. */
  FEEDBACKS(WbHost.FEEDBACKS, "feedbacks", RateLimit.every(Duration.ofMillis(333), 6)),
  CARDS(WbHost.CONTENT, "cards", RateLimit.every(Duration.ofMillis(600), 5)),
  STOCKS_REPORT(WbHost.ANALYTICS, "stocks-report", RateLimit.every(Duration.ofSeconds(20), 1)),
  PING(WbHost.COMMON, "ping", RateLimit.every(Duration.ofSeconds(10), 3)),
  SELLER_INFO(WbHost.COMMON, "seller-info", RateLimit.every(Duration.ofMinutes(1), 10));

  private final WbHost host;
  private final String label;
  private final RateLimit publishedLimit;

  WbEndpoint(WbHost host, String label, RateLimit publishedLimit) {
    this.host = host;
    this.label = label;
    this.publishedLimit = publishedLimit;
  }

  WbHost host() {
    return host;
  }

  /** The endpoint's name in error messages and in the {@code wb.limit.<label>.*} config keys. */
  String label() {
    return label;
  }

  RateLimit publishedLimit() {
    return publishedLimit;
  }
}
