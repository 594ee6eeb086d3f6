package com.wbassist.app.it.production;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.wbassist.sandbox.wb.SandboxAnswer;
import com.wbassist.sandbox.wb.SandboxImagesResource;
import com.wbassist.sandbox.wb.SandboxRateLimits;
import com.wbassist.sandbox.wb.SandboxTokens;
import com.wbassist.sandbox.wb.WbHost;
import com.wbassist.sandbox.wb.WbSandbox;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.util.Map;

/**
 * WB's seller API for a test, outside the WAR: WireMock in the test JVM answers every WB host's
 * requests from the sandbox's WB simulator (the same rules of paging, tokens and envelopes the
 * sandbox serves), mapped path by path as WB publishes them. Card photos are served here too, from
 * this double's own address.
 */
public final class WbDouble implements ResponseDefinitionTransformerV2 {
  private final WbSandbox wb =
      new WbSandbox(
          new SandboxTokens(),
          new SandboxRateLimits(Clock.systemUTC(), 50, 50),
          Clock.systemUTC(),
          80_000);

  public WbSandbox wb() {
    return wb;
  }

  /** Card photos are served here, from this double's own address. */
  public void photosAt(String base) {
    wb.photosAt(base);
  }

  @Override
  public String getName() {
    return "wb-double";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().replaceFirst("\\?.*", "");
    String auth = request.getHeader("Authorization");
    if (path.startsWith("/images/")) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(200)
          .withHeader("Content-Type", "image/png")
          .withBody(SandboxImagesResource.draw(path.split("/")[2]))
          .build();
    }
    SandboxAnswer answer =
        switch (path) {
          case "/api/v1/supplier/orders" ->
              wb.orders(auth, query(request, "dateFrom"), query(request, "flag"));
          case "/api/v1/supplier/sales" ->
              wb.sales(auth, query(request, "dateFrom"), query(request, "flag"));
          case "/api/v1/feedbacks" ->
              wb.feedbacks(
                  auth,
                  query(request, "isAnswered"),
                  query(request, "take"),
                  query(request, "skip"),
                  query(request, "order"));
          case "/api/v1/feedbacks/archive" ->
              wb.archive(
                  auth, query(request, "take"), query(request, "skip"), query(request, "order"));
          case "/content/v2/get/cards/list" -> wb.cards(auth, body(request));
          case "/api/analytics/v1/stocks-report/wb-warehouses" ->
              wb.stocksReport(auth, body(request));
          case "/api/v1/seller-info" -> wb.sellerInfo(auth);
          case "/ping" -> wb.ping(auth, WbHost.COMMON);
          default ->
              new SandboxAnswer(
                  404, Map.of(), Json.createObjectBuilder().add("title", "not found").build());
        };
    var response = ResponseDefinitionBuilder.responseDefinition().withStatus(answer.status());
    answer.headers().forEach(response::withHeader);
    if (answer.body() != null) {
      response
          .withHeader("Content-Type", "application/json; charset=utf-8")
          .withBody(answer.body().toString());
    }
    return response.build();
  }

  private static String query(Request request, String name) {
    var parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.firstValue() : null;
  }

  private static JsonObject body(Request request) {
    String text = request.getBodyAsString();
    return Json.createReader(new StringReader(text.isBlank() ? "{}" : text)).readObject();
  }
}
