package com.wbassist.adapter.wb;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wbassist.application.port.out.FeedbackList;
import com.wbassist.application.port.out.WbAccountCheck;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbTokenRejectedException;
import com.wbassist.application.port.out.WbUnavailableException;
import com.wbassist.domain.cabinet.ApiToken;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The adapter as CDI beans with MicroProfile Fault Tolerance really applied (Weld SE + SmallRye FT,
 * configured through MP Config the way Liberty would be), against WireMock: retries on 5xx and
 * timeouts, a circuit per host, no retry of a refused token. Each test uses its own host, so one
 * host's circuit does not disturb another test.
 */
class WbFaultToleranceTest {
  private static final String HOSTS = WbHosts.class.getName();

  @RegisterExtension
  static final WireMockExtension WB =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static WeldContainer container;
  private static SmallRyeConfig config;

  @BeforeAll
  static void boot() {
    Map<String, String> properties = new HashMap<>();
    for (WbHost host : WbHost.values()) {
      properties.put(host.configKey(), WB.baseUrl());
    }
    properties.put("wb.read-timeout-ms", "400");
    properties.put("wb.limit.enabled", "false");
    properties.put(HOSTS + "/Retry/delay", "20");
    properties.put(HOSTS + "/Retry/jitter", "10");
    properties.put(HOSTS + "/CircuitBreaker/requestVolumeThreshold", "4");
    properties.put(HOSTS + "/CircuitBreaker/failureRatio", "0.75");
    properties.put(HOSTS + "/CircuitBreaker/delay", "60000");
    config =
        new SmallRyeConfigBuilder()
            .addDefaultSources()
            .addDiscoveredConverters()
            .withSources(new PropertiesConfigSource(properties, "test", 500))
            .build();
    // The Rest Client of earlier tests may have cached a default config for this class loader.
    ConfigProviderResolver resolver = ConfigProviderResolver.instance();
    resolver.releaseConfig(resolver.getConfig());
    resolver.registerConfig(config, Thread.currentThread().getContextClassLoader());
    container =
        new Weld()
            .disableDiscovery()
            .addExtension(
                new io.smallrye.faulttolerance.FaultToleranceExtension(
                    io.smallrye.faulttolerance.metrics.MetricsIntegration.NOOP))
            .addBeanClasses(
                WbHosts.class,
                WbGateway.class,
                WbMarketDataAdapter.class,
                WbAccountCheckAdapter.class,
                io.smallrye.config.inject.ConfigProducer.class)
            .initialize();
  }

  @AfterAll
  static void shutdown() {
    container.shutdown();
    ConfigProviderResolver.instance().releaseConfig(config);
  }

  private static WbMarketData marketData() {
    return container.select(WbMarketData.class).get();
  }

  private static void answers(String path, boolean post, List<ResponseDefinitionBuilder> answers) {
    String state = STARTED;
    for (int i = 0; i < answers.size(); i++) {
      String next = i == answers.size() - 1 ? state : "answer " + (i + 1);
      WB.stubFor(
          (post ? post(urlPathEqualTo(path)) : get(urlPathEqualTo(path)))
              .inScenario(path)
              .whenScenarioStateIs(state)
              .willReturn(answers.get(i))
              .willSetStateTo(next));
      state = next;
    }
  }

  @Test
  @DisplayName("503, 503, then the page: retried with backoff, the core gets the page")
  void serverErrorsThenPage() {
    answers(
        "/api/v1/supplier/orders",
        false,
        List.of(
            aResponse().withStatus(503),
            aResponse().withStatus(503),
            okJson(WbSamples.SPEC_ORDERS)));

    assertEquals(
        1,
        marketData()
            .ordersPage(WireMockWb.ACCESS, Instant.parse("2026-11-18T09:00:00Z"))
            .rows()
            .size());
    WB.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/supplier/orders")));
  }

  @Test
  @DisplayName("a read timeout, then the page: retried")
  void timeoutThenPage() {
    String feedbacks = WbSamples.feedbacksEnvelope(WbSamples.SPEC_FEEDBACK);
    answers(
        "/api/v1/feedbacks",
        false,
        List.of(okJson(feedbacks).withFixedDelay(1_000), okJson(feedbacks)));

    assertEquals(
        1,
        marketData()
            .feedbacksPage(WireMockWb.ACCESS, FeedbackList.UNANSWERED, 0, 10)
            .rows()
            .size());
    WB.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/feedbacks")));
  }

  @Test
  @DisplayName(
      "5xx every time: 1 + 3 retries, then unavailable; the open circuit fails fast, other hosts carry on")
  void retriesExhaustedThenCircuitOpen() {
    WB.stubFor(
        post(urlPathEqualTo("/content/v2/get/cards/list")).willReturn(aResponse().withStatus(500)));

    WbUnavailableException exhausted =
        assertThrows(
            WbUnavailableException.class,
            () -> marketData().cardsPage(WireMockWb.ACCESS, Optional.empty(), 100));
    assertInstanceOf(WbServerTrouble.class, exhausted.getCause());
    WB.verify(4, postRequestedFor(urlPathEqualTo("/content/v2/get/cards/list")));

    WbUnavailableException open =
        assertThrows(
            WbUnavailableException.class,
            () -> marketData().cardsPage(WireMockWb.ACCESS, Optional.empty(), 100));
    assertInstanceOf(CircuitBreakerOpenException.class, open.getCause());
    WB.verify(4, postRequestedFor(urlPathEqualTo("/content/v2/get/cards/list")));

    WB.stubFor(
        post(urlPathEqualTo("/api/analytics/v1/stocks-report/wb-warehouses"))
            .willReturn(okJson("{\"data\":{\"items\":[" + WbSamples.STOCK_ROW + "]}}")));
    assertEquals(1, marketData().stocks(WireMockWb.ACCESS).rows().size(), "other hosts carry on");
  }

  @Test
  @DisplayName("a refused token is not retried, and four of them do not open the host's circuit")
  void refusedTokenIsNotRetried() {
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/seller-info"))
            .willReturn(aResponse().withStatus(401).withBody(WbSamples.UNAUTHORIZED)));
    WbAccountCheck check = container.select(WbAccountCheck.class).get();
    for (int i = 0; i < 5; i++) {
      assertThrows(
          WbTokenRejectedException.class, () -> check.verify(new ApiToken(WireMockWb.TOKEN)));
    }
    WB.verify(5, getRequestedFor(urlPathEqualTo("/api/v1/seller-info")));

    WB.stubFor(
        get(urlPathEqualTo("/api/v1/seller-info")).willReturn(okJson(WbSamples.SELLER_INFO)));
    assertEquals("Flax Store", check.verify(new ApiToken(WireMockWb.TOKEN)).shopName());
  }

  @Test
  @DisplayName(
      "a 429 inside the container: WB's X-Ratelimit-Retry is waited out, not counted as a failure")
  void tooManyRequests() {
    answers(
        "/api/v1/supplier/sales",
        false,
        List.of(
            aResponse().withStatus(429).withHeader("X-Ratelimit-Retry", "1"),
            okJson(WbSamples.SPEC_SALES_AND_RETURN)));

    long started = System.nanoTime();
    assertEquals(
        2,
        marketData()
            .salesPage(WireMockWb.ACCESS, Instant.parse("2026-11-18T09:00:00Z"))
            .rows()
            .size());
    assertEquals(true, System.nanoTime() - started >= 1_000_000_000L, "waited WB's second");
    WB.verify(2, WireMock.getRequestedFor(urlPathEqualTo("/api/v1/supplier/sales")));
  }
}
