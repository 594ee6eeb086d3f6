package com.wbassist.adapter.wb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A small WB on a local port that serves one cabinet's state, given in WB's own JSON, the way WB
 * pages it: orders and sales by {@code lastChangeDate >= dateFrom} with a page limit, reviews
 * newest first by skip/take in the envelope, cards by cursor, the stocks report by offset. Each
 * host lives under its own path prefix, as in the app's sandbox, so base URLs with a path are
 * exercised too. Only the given token is accepted.
 */
final class WbStateServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final JsonNode state;
  private final int pageLimit;
  private final String token;
  private final String sid;

  WbStateServer(String wbStateJson, int pageLimit, String token, String sid) {
    try {
      this.state = JSON.readTree(wbStateJson);
      this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.pageLimit = pageLimit;
    this.token = token;
    this.sid = sid;
    server.createContext("/", this::handle);
    server.start();
  }

  /** Where each host lives: {@code wb.<host>.url = http://127.0.0.1:port/wb/<host>}. */
  Map<String, String> urls() {
    Map<String, String> urls = new HashMap<>();
    for (WbHost host : WbHost.values()) {
      urls.put(
          host.configKey(),
          "http://127.0.0.1:" + server.getAddress().getPort() + "/wb/" + host.name().toLowerCase());
    }
    return urls;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!token.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        send(
            exchange,
            401,
            "{\"title\":\"unauthorized\",\"detail\":\"token problem\",\"status\":401}");
        return;
      }
      Map<String, String> query = query(exchange.getRequestURI());
      String path = exchange.getRequestURI().getPath();
      JsonNode body =
          exchange.getRequestMethod().equals("POST")
              ? JSON.readTree(exchange.getRequestBody())
              : null;
      switch (path) {
        case "/wb/statistics/api/v1/supplier/orders" ->
            send(exchange, 200, statistics("orders", query.get("dateFrom")));
        case "/wb/statistics/api/v1/supplier/sales" ->
            send(exchange, 200, statistics("sales", query.get("dateFrom")));
        case "/wb/feedbacks/api/v1/feedbacks" ->
            send(
                exchange,
                200,
                feedbacks(query.get("isAnswered").equals("false") ? "feedbacks" : "none", query));
        case "/wb/feedbacks/api/v1/feedbacks/archive" ->
            send(exchange, 200, feedbacks("archive", query));
        case "/wb/content/content/v2/get/cards/list" ->
            send(exchange, 200, cards(body.path("settings").path("cursor")));
        case "/wb/analytics/api/analytics/v1/stocks-report/wb-warehouses" ->
            send(exchange, 200, stocks(body));
        case "/wb/common/api/v1/seller-info" ->
            send(
                exchange,
                200,
                "{\"sid\":\"" + sid + "\",\"name\":\"ИП Тестов\",\"tradeMark\":\"Лето\"}");
        default -> send(exchange, 404, "{\"title\":\"not found\"}");
      }
    }
  }

  private String statistics(String list, String dateFrom) {
    LocalDateTime from = LocalDateTime.parse(dateFrom);
    List<JsonNode> rows =
        rows(list, row -> !LocalDateTime.parse(row.path("lastChangeDate").asText()).isBefore(from));
    rows.sort(
        Comparator.comparing(row -> LocalDateTime.parse(row.path("lastChangeDate").asText())));
    return array(rows.subList(0, Math.min(pageLimit, rows.size()))).toString();
  }

  private String feedbacks(String list, Map<String, String> query) {
    List<JsonNode> rows = rows(list, row -> true);
    rows.sort(
        Comparator.comparing(
                (JsonNode row) ->
                    OffsetDateTime.parse(row.path("createdDate").asText()).toInstant())
            .reversed());
    int skip = Math.min(rows.size(), Integer.parseInt(query.get("skip")));
    int take = Integer.parseInt(query.get("take"));
    ObjectNode envelope = JSON.createObjectNode();
    envelope
        .putObject("data")
        .put("countUnanswered", rows.size())
        .set("feedbacks", array(rows.subList(skip, Math.min(rows.size(), skip + take))));
    return envelope.put("error", false).put("errorText", "").putNull("additionalErrors").toString();
  }

  private String cards(JsonNode cursor) {
    Comparator<JsonNode> order =
        Comparator.comparing((JsonNode card) -> Instant.parse(card.path("updatedAt").asText()))
            .thenComparingLong(card -> card.path("nmID").asLong());
    List<JsonNode> cards = rows("cards", card -> !cursor.has("updatedAt") || isAfter(card, cursor));
    cards.sort(order);
    List<JsonNode> page = cards.subList(0, Math.min(cursor.path("limit").asInt(100), cards.size()));
    ObjectNode answer = JSON.createObjectNode();
    answer.set("cards", array(page));
    ObjectNode next = answer.putObject("cursor").put("total", page.size());
    if (!page.isEmpty()) {
      next.put("updatedAt", page.get(page.size() - 1).path("updatedAt").asText())
          .put("nmID", page.get(page.size() - 1).path("nmID").asLong());
    }
    return answer.toString();
  }

  private static boolean isAfter(JsonNode card, JsonNode cursor) {
    int byTime =
        Instant.parse(card.path("updatedAt").asText())
            .compareTo(Instant.parse(cursor.path("updatedAt").asText()));
    return byTime > 0 || (byTime == 0 && card.path("nmID").asLong() > cursor.path("nmID").asLong());
  }

  private String stocks(JsonNode request) {
    List<JsonNode> rows = rows("stocks", row -> true);
    int offset = Math.min(rows.size(), request.path("offset").asInt(0));
    List<JsonNode> page =
        rows.subList(offset, Math.min(rows.size(), offset + request.path("limit").asInt(250_000)));
    ObjectNode answer = JSON.createObjectNode();
    answer.putObject("data").set("items", array(page));
    return answer.toString();
  }

  private List<JsonNode> rows(String list, Predicate<JsonNode> keep) {
    List<JsonNode> rows = new ArrayList<>();
    state
        .path(list)
        .forEach(
            row -> {
              if (keep.test(row)) {
                rows.add(row);
              }
            });
    return rows;
  }

  private static ArrayNode array(List<JsonNode> rows) {
    ArrayNode array = JSON.createArrayNode();
    rows.forEach(array::add);
    return array;
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> query = new HashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        query.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
