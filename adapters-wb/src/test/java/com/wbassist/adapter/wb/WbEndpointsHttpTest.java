package com.wbassist.adapter.wb;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.FeedbackList;
import com.wbassist.application.port.out.SellerAccount;
import com.wbassist.application.port.out.WbUnavailableException;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.StockLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each WB method is asked the way WB documents it, and its answer read. */
class WbEndpointsHttpTest extends WireMockWb {

  @Test
  @DisplayName(
      "orders: GET with dateFrom in naive Moscow time, flag=0 and the raw token in Authorization")
  void orders() {
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/supplier/orders")).willReturn(okJson(WbSamples.SPEC_ORDERS)));

    var orders = marketData().ordersPage(ACCESS, Instant.parse("2026-11-18T09:00:00Z")).rows();

    assertEquals("11.rf9ef11fce1684117b0nhj96222982382.3.0", orders.get(0).srid());
    WB.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/supplier/orders"))
            .withQueryParam("dateFrom", equalTo("2026-11-18T12:00:00"))
            .withQueryParam("flag", equalTo("0"))
            .withHeader("Authorization", equalTo(TOKEN)));
  }

  @Test
  @DisplayName("sales: the same paging parameters on /sales")
  void sales() {
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/supplier/sales"))
            .willReturn(okJson(WbSamples.SPEC_SALES_AND_RETURN)));

    assertEquals(
        2, marketData().salesPage(ACCESS, Instant.parse("2026-10-19T21:00:00Z")).rows().size());
    WB.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/supplier/sales"))
            .withQueryParam("dateFrom", equalTo("2026-10-20T00:00:00"))
            .withQueryParam("flag", equalTo("0")));
  }

  @Test
  @DisplayName("unanswered reviews: isAnswered=false, take, skip, newest first")
  void unansweredFeedbacks() {
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/feedbacks"))
            .willReturn(okJson(WbSamples.feedbacksEnvelope(WbSamples.SPEC_FEEDBACK))));

    assertEquals(
        1, marketData().feedbacksPage(ACCESS, FeedbackList.UNANSWERED, 200, 100).rows().size());
    WB.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/feedbacks"))
            .withQueryParam("isAnswered", equalTo("false"))
            .withQueryParam("take", equalTo("100"))
            .withQueryParam("skip", equalTo("200"))
            .withQueryParam("order", equalTo("dateDesc"))
            .withHeader("Authorization", equalTo(TOKEN)));
  }

  @Test
  @DisplayName("the archive: take, skip, newest first, no isAnswered")
  void archive() {
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/feedbacks/archive"))
            .willReturn(okJson(WbSamples.feedbacksEnvelope(WbSamples.RATING_ONLY_FEEDBACK))));

    assertEquals(
        "RatingOnly1",
        marketData().feedbacksPage(ACCESS, FeedbackList.ARCHIVE, 0, 5000).rows().get(0).id());
    WB.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/feedbacks/archive"))
            .withQueryParam("take", equalTo("5000"))
            .withQueryParam("skip", equalTo("0"))
            .withQueryParam("order", equalTo("dateDesc"))
            .withQueryParam("isAnswered", absent()));
  }

  @Test
  @DisplayName(
      "cards: POST with ascending sort, withPhoto -1 and the cursor; the next cursor is WB's")
  void cards() {
    WB.stubFor(
        post(urlPathEqualTo("/content/v2/get/cards/list"))
            .willReturn(okJson(WbSamples.SPEC_CARDS)));
    CardCursor after = new CardCursor(Instant.parse("2023-12-01T08:00:00.123456Z"), 555);

    CardsPage first = marketData().cardsPage(ACCESS, Optional.empty(), 100);
    marketData().cardsPage(ACCESS, Optional.of(after), 100);

    assertEquals(12345678, first.next().orElseThrow().nmId());
    WB.verify(
        postRequestedFor(urlPathEqualTo("/content/v2/get/cards/list"))
            .withQueryParam("locale", equalTo("ru"))
            .withHeader("Authorization", equalTo(TOKEN))
            .withRequestBody(
                equalToJson(
                    """
            {"settings":{"sort":{"ascending":true},"filter":{"withPhoto":-1},"cursor":{"limit":100}}}""")));
    WB.verify(
        postRequestedFor(urlPathEqualTo("/content/v2/get/cards/list"))
            .withRequestBody(
                equalToJson(
                    """
        {"settings":{"sort":{"ascending":true},"filter":{"withPhoto":-1},
         "cursor":{"limit":100,"updatedAt":"2023-12-01T08:00:00.123456Z","nmID":555}}}""")));
  }

  @Test
  @DisplayName("stocks: the report is paged by offset until a short page, and returned whole")
  void stocksPaged() {
    String twoRows =
        "{\"data\":{\"items\":["
            + WbSamples.STOCK_ROW
            + ","
            + WbSamples.STOCK_ROW.replace("316399238", "2")
            + "]}}";
    String oneRow =
        "{\"data\":{\"items\":[" + WbSamples.STOCK_ROW.replace("316399238", "3") + "]}}";
    WB.stubFor(
        post(urlPathEqualTo("/api/analytics/v1/stocks-report/wb-warehouses"))
            .withRequestBody(equalToJson("{\"limit\":2,\"offset\":0}"))
            .willReturn(okJson(twoRows)));
    WB.stubFor(
        post(urlPathEqualTo("/api/analytics/v1/stocks-report/wb-warehouses"))
            .withRequestBody(equalToJson("{\"limit\":2,\"offset\":2}"))
            .willReturn(okJson(twoRows)));
    WB.stubFor(
        post(urlPathEqualTo("/api/analytics/v1/stocks-report/wb-warehouses"))
            .withRequestBody(equalToJson("{\"limit\":2,\"offset\":4}"))
            .willReturn(okJson(oneRow)));

    List<StockLevel> snapshot =
        marketData(Map.of("wb.stocks.page-limit", "2")).stocks(ACCESS).rows();

    assertEquals(5, snapshot.size());
    assertEquals(3, snapshot.get(4).size().chrtId());
    WB.verify(
        3,
        postRequestedFor(urlPathEqualTo("/api/analytics/v1/stocks-report/wb-warehouses"))
            .withHeader("Authorization", equalTo(TOKEN)));
  }

  @Test
  @DisplayName("stocks: 204 is an empty report; a page that fails fails the whole snapshot")
  void stocksEmptyAndAllOrNothing() {
    WB.stubFor(
        post(urlPathEqualTo("/api/analytics/v1/stocks-report/wb-warehouses"))
            .willReturn(aResponse().withStatus(204)));
    assertEquals(List.of(), marketData().stocks(ACCESS).rows());

    WB.resetAll();
    WB.stubFor(
        post(urlPathEqualTo("/api/analytics/v1/stocks-report/wb-warehouses"))
            .withRequestBody(equalToJson("{\"limit\":1,\"offset\":0}"))
            .willReturn(okJson("{\"data\":{\"items\":[" + WbSamples.STOCK_ROW + "]}}")));
    WB.stubFor(
        post(urlPathEqualTo("/api/analytics/v1/stocks-report/wb-warehouses"))
            .withRequestBody(equalToJson("{\"limit\":1,\"offset\":1}"))
            .willReturn(aResponse().withStatus(502)));
    assertThrows(
        WbUnavailableException.class,
        () -> marketData(Map.of("wb.stocks.page-limit", "1")).stocks(ACCESS).rows());
  }

  @Test
  @DisplayName("204 on orders is an empty page")
  void noContent() {
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/supplier/orders")).willReturn(aResponse().withStatus(204)));
    assertEquals(
        List.of(), marketData().ordersPage(ACCESS, Instant.parse("2026-11-18T09:00:00Z")).rows());
  }

  @Test
  @DisplayName("verify: seller-info on the common host names the account")
  void verify() {
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/seller-info")).willReturn(okJson(WbSamples.SELLER_INFO)));

    SellerAccount account = accountCheck().verify(new ApiToken(TOKEN));

    assertEquals("Flax Store", account.shopName());
    WB.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/seller-info"))
            .withHeader("Authorization", equalTo(TOKEN)));
  }

  @Test
  @DisplayName(
      "verify: when seller-info's daily limit is spent, a ping proves the token and the token's sid names the account")
  void verifyFallsBackToPing() {
    WB.stubFor(
        get(urlPathEqualTo("/api/v1/seller-info"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("X-Ratelimit-Retry", "86000")
                    .withBody(WbSamples.TOO_MANY_REQUESTS)));
    WB.stubFor(
        get(urlPathEqualTo("/ping"))
            .willReturn(okJson("{\"TS\":\"2024-08-16T11:19:05+03:00\",\"Status\":\"OK\"}")));

    SellerAccount account = accountCheck().verify(new ApiToken(TOKEN));

    assertEquals(new SellerAccount(CABINET.sid(), "", ""), account);
    WB.verify(getRequestedFor(urlPathEqualTo("/ping")).withHeader("Authorization", equalTo(TOKEN)));
  }
}
