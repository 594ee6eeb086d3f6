package com.wbassist.adapter.wb;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The five Rest Clients, built once from the settings. WB's error statuses come back as {@code
 * Response}s (the default exception mapper is off) because 401, 429 and 5xx each mean something
 * different to the adapter. The interfaces are public only because Rest Client implementations call
 * them reflectively (RESTEasy refuses package-private ones); nothing outside this package uses
 * them.
 */
final class WbClients implements AutoCloseable {
  static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

  final WbStatisticsClient statistics;
  final WbFeedbacksClient feedbacks;
  final WbContentClient content;
  final WbAnalyticsClient analytics;
  final WbCommonClient common;

  WbClients(WbSettings settings) {
    this.statistics = build(settings, WbHost.STATISTICS, WbStatisticsClient.class);
    this.feedbacks = build(settings, WbHost.FEEDBACKS, WbFeedbacksClient.class);
    this.content = build(settings, WbHost.CONTENT, WbContentClient.class);
    this.analytics = build(settings, WbHost.ANALYTICS, WbAnalyticsClient.class);
    this.common = build(settings, WbHost.COMMON, WbCommonClient.class);
  }

  /** Rest Client proxies hold connection pools; they close with the application. */
  @Override
  public void close() {
    for (Object client : new Object[] {statistics, feedbacks, content, analytics, common}) {
      if (client instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception ignored) {
          // closing on the way out: nothing left to do with a failure
        }
      }
    }
  }

  private static <C> C build(WbSettings settings, WbHost host, Class<C> client) {
    URI base = settings.urls().get(host);
    return RestClientBuilder.newBuilder()
        .baseUri(base)
        .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .property(DISABLE_DEFAULT_MAPPER, Boolean.TRUE)
        .build(client);
  }
}
