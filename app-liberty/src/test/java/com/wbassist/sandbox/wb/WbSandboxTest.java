package com.wbassist.sandbox.wb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WbSandboxTest {
  private static final String SID = "7b0c6a52-3a3e-4a55-9d41-000000000001";
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-18T07:00:00Z"), ZoneOffset.UTC);
  private final WbSandbox wb =
      new WbSandbox(new SandboxTokens(), new SandboxRateLimits(clock, 1000, 1000), clock, 3);
  private String token;

  @BeforeEach
  void shop() throws Exception {
    token = wb.openShop(SID, "ИП Тестов", "Лето");
    try (InputStream in = getClass().getResourceAsStream("/scenarios/order-lifecycle.json")) {
      JsonObject scenario = Json.createReader(in).readObject();
      wb.shop(SID)
          .orElseThrow()
          .holds(scenario.getJsonArray("rounds").getJsonObject(2).getJsonObject("wb"));
    }
  }

  private static List<String> values(JsonArray rows, String field) {
    return rows.getValuesAs(JsonObject.class).stream().map(r -> r.getString(field)).toList();
  }

  @Test
  @DisplayName("a slow shop's WB answers the same full pages, after a wait per call and per row")
  void pace() {
    wb.shop(SID)
        .orElseThrow()
        .answers(new SandboxPace(java.time.Duration.ofMillis(20), java.time.Duration.ofMillis(10)));
    long started = System.nanoTime();
    JsonArray rows = wb.orders(token, "2026-11-01", null).body().asJsonArray();
    assertEquals(3, rows.size(), "a full page: the sync reads on");
    assertTrue(System.nanoTime() - started >= 50_000_000L, "20 ms + 3 rows × 10 ms");
  }

  @Test
  @DisplayName(
      "orders: lastChangeDate >= dateFrom, ascending, cut at the page limit; the boundary row comes again")
  void ordersPaging() {
    SandboxAnswer first = wb.orders(token, "2026-11-01", null);
    assertEquals(200, first.status());
    JsonArray rows = first.body().asJsonArray();
    assertEquals(3, rows.size());
    assertEquals(
        List.of("2026-11-17T10:00:00", "2026-11-18T08:10:00", "2026-11-18T09:10:00"),
        values(rows, "lastChangeDate"));
    JsonArray next = wb.orders(token, "2026-11-18T09:10:00", "0").body().asJsonArray();
    assertEquals("2026-11-18T09:10:00", next.getJsonObject(0).getString("lastChangeDate"));
    assertTrue(first.headers().containsKey("X-Ratelimit-Remaining"));
  }

  @Test
  @DisplayName(
      "more sales at one second than a page: the first page of them from that second, the next second's from dateFrom + 1 s")
  void crowdedSecond() {
    var sales = Json.createArrayBuilder();
    for (int i = 0; i < 5; i++) {
      sales.add(sale("S" + i, "2026-11-18T09:10:00"));
    }
    sales.add(sale("S5", "2026-11-18T09:10:01"));
    wb.shop(SID).orElseThrow().holds(Json.createObjectBuilder().add("sales", sales).build());

    JsonArray atTheSecond = wb.sales(token, "2026-11-18T09:10:00", "0").body().asJsonArray();
    assertEquals(List.of("S0", "S1", "S2"), values(atTheSecond, "saleID"));
    JsonArray past = wb.sales(token, "2026-11-18T09:10:01", "0").body().asJsonArray();
    assertEquals(List.of("S5"), values(past, "saleID"));
  }

  private static JsonObject sale(String saleId, String lastChangeDate) {
    return Json.createObjectBuilder()
        .add("saleID", saleId)
        .add("date", "2026-11-18T09:00:00")
        .add("lastChangeDate", lastChangeDate)
        .build();
  }

  @Test
  @DisplayName("a missing or bad dateFrom is a 400 in either of WB's two shapes")
  void badDateFrom() {
    SandboxAnswer missing = wb.orders(token, null, null);
    assertEquals(400, missing.status());
    assertTrue(missing.body().asJsonObject().get("errors") instanceof JsonArray);
    SandboxAnswer bad = wb.sales(token, "yesterday", null);
    assertEquals(400, bad.status());
    assertEquals("dateFrom: Value not validated", bad.body().asJsonObject().getString("errors"));
  }

  @Test
  @DisplayName("a forged, foreign-category or missing token is a 401 problem")
  void auth() {
    assertEquals(401, wb.orders(null, "2026-11-01", null).status());
    assertEquals(
        401, wb.orders(token.substring(0, token.length() - 2) + "xx", "2026-11-01", null).status());
    String contentOnly = wb.tokens().mint(SID, clock.instant().plusSeconds(3600), 1L << 1);
    SandboxAnswer wrongHost = wb.orders(contentOnly, "2026-11-01", null);
    assertEquals(401, wrongHost.status());
    assertEquals("unauthorized", wrongHost.body().asJsonObject().getString("title"));
    assertEquals(
        200, wb.orders("Bearer " + token, "2026-11-01", null).status(), "Bearer form accepted too");
    String expired =
        wb.tokens().mint(SID, clock.instant().minusSeconds(1), SandboxTokens.PRODUCT_CATEGORIES);
    assertEquals(401, wb.ping(expired, WbHost.COMMON).status());
  }

  @Test
  @DisplayName("injected faults answer first: 429 with X-Ratelimit-Retry, then 500, then the data")
  void faults() {
    wb.shop(SID).orElseThrow().inject("ORDERS", List.of(429, 500));
    SandboxAnswer limited = wb.orders(token, "2026-11-01", null);
    assertEquals(429, limited.status());
    assertEquals("1", limited.headers().get("X-Ratelimit-Retry"));
    assertEquals(500, wb.orders(token, "2026-11-01", null).status());
    assertEquals(200, wb.orders(token, "2026-11-01", null).status());
    assertEquals(200, wb.sales(token, "2026-11-01", null).status(), "faults are per stream");
  }

  @Test
  @DisplayName("the rate limiter answers 429 with WB's headers when the bucket is empty")
  void rateLimit() {
    WbSandbox tight =
        new WbSandbox(new SandboxTokens(), new SandboxRateLimits(clock, 1.0 / 60, 1), clock, 3);
    String t = tight.openShop(SID, "ИП", "");
    assertEquals(200, tight.ping(t, WbHost.COMMON).status());
    SandboxAnswer second = tight.ping(t, WbHost.COMMON);
    assertEquals(429, second.status());
    assertEquals("60", second.headers().get("X-Ratelimit-Retry"));
  }

  @Test
  @DisplayName(
      "feedbacks: the envelope, newest first, take/skip; the archive apart; isAnswered required")
  void feedbacks() {
    SandboxAnswer answer = wb.feedbacks(token, "false", "2", "0", "dateDesc");
    JsonObject data = answer.body().asJsonObject().getJsonObject("data");
    assertEquals(4, data.getInt("countUnanswered"));
    assertEquals(
        List.of("F0000000003", "F0000000002"), values(data.getJsonArray("feedbacks"), "id"));
    assertEquals(false, answer.body().asJsonObject().getBoolean("error"));
    assertEquals(
        0,
        wb.archive(token, "10", "0", null)
            .body()
            .asJsonObject()
            .getJsonObject("data")
            .getJsonArray("feedbacks")
            .size());
    SandboxAnswer bad = wb.feedbacks(token, null, "2", "0", null);
    assertEquals(400, bad.status());
    assertEquals("Плохой формат isAnswered", bad.body().asJsonObject().getString("errorText"));
  }

  @Test
  @DisplayName("card photos named sandbox:/… are served at the simulator's own address")
  void photosServedWhereTheSimulatorIs() {
    JsonObject all =
        Json.createObjectBuilder()
            .add(
                "settings",
                Json.createObjectBuilder()
                    .add("filter", Json.createObjectBuilder().add("withPhoto", 1)))
            .build();
    wb.photosAt("http://localhost:9999/sandbox/wb/");
    String served = wb.cards(token, all).body().toString();
    assertTrue(served.contains("\"http://localhost:9999/sandbox/wb/images/"), served);
    assertFalse(served.contains("sandbox:/"), served);
  }

  @Test
  @DisplayName("cards: withPhoto -1 gives all, cursor paging by updatedAt+nmID, total of the page")
  void cards() {
    JsonObject request =
        Json.createObjectBuilder()
            .add(
                "settings",
                Json.createObjectBuilder()
                    .add("cursor", Json.createObjectBuilder().add("limit", 2))
                    .add("filter", Json.createObjectBuilder().add("withPhoto", -1)))
            .build();
    JsonObject first = wb.cards(token, request).body().asJsonObject();
    assertEquals(2, first.getJsonObject("cursor").getInt("total"));
    JsonObject cursor = first.getJsonObject("cursor");
    JsonObject nextRequest =
        Json.createObjectBuilder()
            .add(
                "settings",
                Json.createObjectBuilder()
                    .add(
                        "cursor",
                        Json.createObjectBuilder()
                            .add("limit", 2)
                            .add("updatedAt", cursor.getString("updatedAt"))
                            .add("nmID", cursor.getJsonNumber("nmID")))
                    .add("filter", Json.createObjectBuilder().add("withPhoto", -1)))
            .build();
    JsonObject second = wb.cards(token, nextRequest).body().asJsonObject();
    assertEquals(1, second.getJsonObject("cursor").getInt("total"));
    assertEquals(101003, second.getJsonArray("cards").getJsonObject(0).getInt("nmID"));
    JsonObject withoutPhotoDefault =
        wb.cards(token, Json.createObjectBuilder().build()).body().asJsonObject();
    assertEquals(
        1,
        withoutPhotoDefault.getJsonArray("cards").size(),
        "WB's default withPhoto=0: only cards without photos");
  }

  @Test
  @DisplayName("stocks report: the data.items wrapper, offset/limit, 204 when nothing is left")
  void stocks() {
    SandboxAnswer all = wb.stocksReport(token, Json.createObjectBuilder().build());
    assertEquals(5, all.body().asJsonObject().getJsonObject("data").getJsonArray("items").size());
    SandboxAnswer tail =
        wb.stocksReport(token, Json.createObjectBuilder().add("limit", 2).add("offset", 4).build());
    assertEquals(1, tail.body().asJsonObject().getJsonObject("data").getJsonArray("items").size());
    SandboxAnswer none =
        wb.stocksReport(token, Json.createObjectBuilder().add("offset", 5).build());
    assertEquals(204, none.status());
    assertNull(none.body());
  }

  @Test
  @DisplayName("ping and seller-info answer like WB's common API")
  void common() {
    assertEquals("OK", wb.ping(token, WbHost.CONTENT).body().asJsonObject().getString("Status"));
    assertTrue(
        wb.ping(token, WbHost.COMMON).body().asJsonObject().getString("TS").endsWith("+03:00"));
    JsonObject info = wb.sellerInfo(token).body().asJsonObject();
    assertEquals(SID, info.getString("sid"));
    assertEquals("Лето", info.getString("tradeMark"));
  }
}
