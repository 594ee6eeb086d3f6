package com.wbassist.adapter.wb;

/**
 * WB's API hosts this adapter talks to, one per token category, with the MP Config key of each base
 * URL.
 */
enum WbHost {
  STATISTICS("wb.statistics.url", "https://statistics-api.wildberries.ru"),
  FEEDBACKS("wb.feedbacks.url", "https://feedbacks-api.wildberries.ru"),
  CONTENT("wb.content.url", "https://content-api.wildberries.ru"),
  ANALYTICS("wb.analytics.url", "https://seller-analytics-api.wildberries.ru"),
  COMMON("wb.common.url", "https://common-api.wildberries.ru");

  private final String configKey;
  private final String productionUrl;

  WbHost(String configKey, String productionUrl) {
    this.configKey = configKey;
    this.productionUrl = productionUrl;
  }

  String configKey() {
    return configKey;
  }

  String productionUrl() {
    return productionUrl;
  }
}
