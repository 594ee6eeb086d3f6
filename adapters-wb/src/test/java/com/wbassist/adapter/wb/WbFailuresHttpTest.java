package com.wbassist.adapter.wb;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.wbassist.application.port.out.FeedbackList;
import com.wbassist.application.port.out.WbLimitReachedException;
import com.wbassist.application.port.out.WbTokenRejectedException;
import com.wbassist.application.port.out.WbUnavailableException;
import com.wbassist.domain.cabinet.ApiToken;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every way WB says no, and what the core hears: the port's two exceptions, with WB's reason, never
 * the token.
 */
class WbFailuresHttpTest extends WireMockWb {
  private static final String ORDERS = "/api/v1/supplier/orders";
  private static final Instant FROM = Instant.parse("2026-11-18T09:00:00Z");

  private void ordersAnswer(ResponseDefinitionBuilder answer) {
    WB.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(answer));
  }

  private RuntimeException ordersFail() {
    return assertThrows(RuntimeException.class, () -> marketData().ordersPage(ACCESS, FROM).rows());
  }

  @Test
  @DisplayName(
      "401 with WB's problem+json is a rejected token, with WB's words and without the token")
  void unauthorized() {
    ordersAnswer(
        aResponse()
            .withStatus(401)
            .withHeader("Content-Type", "application/problem+json")
            .withBody(WbSamples.UNAUTHORIZED));

    RuntimeException failure = ordersFail();

    assertInstanceOf(WbTokenRejectedException.class, failure);
    assertTrue(
        failure.getMessage().contains("could not base64 decode signature"), failure.getMessage());
    assertFalse(failure.getMessage().contains(TOKEN));
    WB.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  @DisplayName("403 with the feedbacks envelope is a rejected token too")
  void forbidden() {
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/feedbacks"))
            .willReturn(aResponse().withStatus(403).withBody(WbSamples.FORBIDDEN_ENVELOPE)));

    WbTokenRejectedException failure =
        assertThrows(
            WbTokenRejectedException.class,
            () -> marketData().feedbacksPage(ACCESS, FeedbackList.UNANSWERED, 0, 100).rows());
    assertTrue(failure.getMessage().contains("Ошибка авторизации"));
  }

  @Test
  @DisplayName("verify: a 401 from seller-info is a rejected token")
  void verifyRejected() {
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/seller-info"))
            .willReturn(aResponse().withStatus(401).withBody(WbSamples.UNAUTHORIZED)));
    assertThrows(WbTokenRejectedException.class, () -> accountCheck().verify(new ApiToken(TOKEN)));
  }

  @Test
  @DisplayName(
      "both shapes of the statistics 400 body, and the envelope's, are a refused request, asked once")
  void badRequests() {
    for (String body : List.of(WbSamples.BAD_REQUEST_LIST, WbSamples.BAD_REQUEST_TEXT)) {
      WB.resetAll();
      ordersAnswer(aResponse().withStatus(400).withBody(body));
      RuntimeException failure = ordersFail();
      assertInstanceOf(WbUnavailableException.class, failure);
      assertTrue(
          failure.getMessage().startsWith("orders: WB refused the request (400): dateFrom: "),
          failure.getMessage());
      WB.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
    }
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/feedbacks"))
            .willReturn(aResponse().withStatus(400).withBody(WbSamples.BAD_REQUEST_ENVELOPE)));
    WbUnavailableException envelope =
        assertThrows(
            WbUnavailableException.class,
            () -> marketData().feedbacksPage(ACCESS, FeedbackList.UNANSWERED, 0, 100).rows());
    assertTrue(envelope.getMessage().endsWith("Плохой формат isAnswered"), envelope.getMessage());
  }

  @Test
  @DisplayName(
      "429 with X-Ratelimit-Retry: the adapter waits exactly that long, then gets the page")
  void tooManyRequestsThenPage() {
    WB.stubFor(
        get(urlPathEqualTo(ORDERS))
            .inScenario("limited")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("X-Ratelimit-Retry", "2")
                    .withHeader("X-Ratelimit-Limit", "10")
                    .withHeader("X-Ratelimit-Reset", "29")
                    .withBody(WbSamples.TOO_MANY_REQUESTS))
            .willSetStateTo("cleared"));
    WB.stubFor(
        get(urlPathEqualTo(ORDERS))
            .inScenario("limited")
            .whenScenarioStateIs("cleared")
            .willReturn(okJson(WbSamples.SPEC_ORDERS)));

    long countedBefore = WbMarketDataAdapter.rateLimitedAnswers();
    assertEquals(1, marketData().ordersPage(ACCESS, FROM).rows().size());
    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
    WB.verify(2, getRequestedFor(urlPathEqualTo(ORDERS)));
    assertEquals(
        countedBefore + 1,
        WbMarketDataAdapter.rateLimitedAnswers(),
        "counted for operations' metrics");
  }

  @Test
  @DisplayName("429 with only Retry-After is honoured too")
  void retryAfter() {
    WB.stubFor(
        get(urlPathEqualTo(ORDERS))
            .inScenario("limited")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
            .willSetStateTo("cleared"));
    WB.stubFor(
        get(urlPathEqualTo(ORDERS))
            .inScenario("limited")
            .whenScenarioStateIs("cleared")
            .willReturn(okJson("[]")));

    assertEquals(List.of(), marketData().ordersPage(ACCESS, FROM).rows());
    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps());
  }

  @Test
  @DisplayName(
      "a 429 that asks for longer than the adapter's patience is unavailable at once, without sleeping")
  void tooLongToWait() {
    ordersAnswer(aResponse().withStatus(429).withHeader("X-Ratelimit-Retry", "10800"));

    RuntimeException failure = ordersFail();

    assertInstanceOf(WbUnavailableException.class, failure);
    assertEquals(List.of(), time.sleeps());
    WB.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  @DisplayName("a 429 that never clears gives up after the configured number of waits")
  void tooManyForever() {
    ordersAnswer(aResponse().withStatus(429).withHeader("X-Ratelimit-Retry", "1"));

    RuntimeException failure =
        assertThrows(
            RuntimeException.class,
            () ->
                marketData(Map.of("wb.throttle.max-wait-ms", "90000"))
                    .ordersPage(ACCESS, FROM)
                    .rows());
    assertInstanceOf(WbLimitReachedException.class, failure);
    WB.verify(5, getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  @DisplayName(
      "the adapter's own budget spaces requests: the 11th orders page within a minute waits its slot when waits that long are allowed")
  void ownBudget() {
    ordersAnswer(okJson("[]"));
    WbMarketDataAdapter wb = marketData(Map.of("wb.throttle.max-wait-ms", "90000"));
    for (int i = 0; i < 11; i++) {
      wb.ordersPage(ACCESS, FROM).rows();
    }
    assertEquals(List.of(Duration.ofMinutes(1)), time.sleeps());
  }

  @Test
  @DisplayName(
      "by default a slot further away than 25 s is not waited for: WB's limit is reached, nothing is asked, the stream goes on next pass")
  void limitReachedByDefault() {
    ordersAnswer(okJson("[]"));
    WbMarketDataAdapter wb = marketData();
    for (int i = 0; i < 10; i++) {
      wb.ordersPage(ACCESS, FROM).rows();
    }
    assertThrows(WbLimitReachedException.class, () -> wb.ordersPage(ACCESS, FROM).rows());
    assertEquals(List.of(), time.sleeps());
    WB.verify(10, getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  @DisplayName("without a container a 5xx is not retried here: unavailable, with WB's status")
  void serverError() {
    ordersAnswer(aResponse().withStatus(503).withBody("upstream connect error"));

    RuntimeException failure = ordersFail();

    assertInstanceOf(WbUnavailableException.class, failure);
    assertTrue(failure.getMessage().contains("503"), failure.getMessage());
  }

  @Test
  @DisplayName("garbage instead of JSON is a malformed response for that stream")
  void garbage() {
    ordersAnswer(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("<html>502 Bad Gateway</html>"));

    RuntimeException failure = ordersFail();

    assertInstanceOf(WbMalformedResponseException.class, failure);
    assertTrue(
        failure.getMessage().startsWith("orders: WB sent a response that cannot be read"),
        failure.getMessage());
  }

  @Test
  @DisplayName(
      "a page whose 500th row lacks its srid: that row is set aside, the other 999 arrive; the same"
          + " page cut short is refused whole")
  void badRowSetAside() {
    String page =
        new String(OrdersPageFixture.json(1000), java.nio.charset.StandardCharsets.UTF_8)
            .replaceFirst("\"srid\":\"499\\.", "\"sridX\":\"499.");
    ordersAnswer(okJson(page));

    var read = marketData().ordersPage(ACCESS, FROM);

    assertEquals(999, read.rows().size());
    assertEquals(1000, read.sent(), "a full page is still full");
    assertEquals(500, read.unreadable().get(0).position());
    assertEquals("srid is missing", read.unreadable().get(0).reason());
    assertTrue(read.unreadable().get(0).lastChangeDate().isPresent());

    ordersAnswer(okJson(page.substring(0, page.length() / 2)));
    assertInstanceOf(WbMalformedResponseException.class, ordersFail());
  }

  @Test
  @DisplayName("a read timeout is unavailable, not a hang")
  void readTimeout() {
    ordersAnswer(okJson("[]").withFixedDelay(1_500));

    RuntimeException failure =
        assertThrows(
            RuntimeException.class,
            () -> marketData(Map.of("wb.read-timeout-ms", "300")).ordersPage(ACCESS, FROM).rows());

    assertInstanceOf(WbUnavailableException.class, failure);
    assertInstanceOf(WbServerTrouble.class, failure.getCause());
  }

  @Test
  @DisplayName(
      "a connection reset or a body cut off mid-stream is trouble worth retrying, not a malformed page")
  void brokenConnections() {
    for (Fault fault :
        List.of(
            Fault.CONNECTION_RESET_BY_PEER, Fault.MALFORMED_RESPONSE_CHUNK, Fault.EMPTY_RESPONSE)) {
      WB.resetAll();
      ordersAnswer(aResponse().withFault(fault));
      RuntimeException failure = ordersFail();
      assertInstanceOf(WbUnavailableException.class, failure, fault.name());
      assertInstanceOf(
          WbServerTrouble.class, failure.getCause(), fault.name() + ": " + failure.getMessage());
    }
  }

  @Test
  @DisplayName("a 100,000-row orders page is read whole")
  void hundredThousandRows() {
    ordersAnswer(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(OrdersPageFixture.json(100_000)));

    var orders = marketData().ordersPage(ACCESS, FROM).rows();

    assertEquals(100_000, orders.size());
    assertEquals("99999.rf9ef11fce1684117b0nhj96222982389.3.0", orders.get(99_999).srid());
    assertTrue(orders.get(0).cancelled());
    assertFalse(orders.get(1).cancelled());
  }
}
