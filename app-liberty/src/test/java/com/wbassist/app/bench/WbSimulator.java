package com.wbassist.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wbassist.sandbox.demo.DemoShopActivity;
import com.wbassist.sandbox.wb.SandboxAnswer;
import com.wbassist.sandbox.wb.SandboxImagesResource;
import com.wbassist.sandbox.wb.SandboxRateLimits;
import com.wbassist.sandbox.wb.SandboxShop;
import com.wbassist.sandbox.wb.SandboxTokens;
import com.wbassist.sandbox.wb.WbHost;
import com.wbassist.sandbox.wb.WbSandbox;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WB's seller API for benchmarks: every WB host on one port of the benchmark's own process (never
 * inside the measured server), answering from the sandbox's WB simulator after a fixed latency per
 * request, like WB seen from a data centre. Each shop lives on its own ({@link DemoShopActivity}:
 * new orders, buyouts, returns, cancellations, reviews, stock running down), one step every {@code
 * stepEvery}, the shops' steps spread evenly over that time — or never, with a zero {@code
 * stepEvery}: the benchmark then says what WB holds.
 */
final class WbSimulator implements AutoCloseable {
  private final WbSandbox wb =
      new WbSandbox(
          new SandboxTokens(),
          new SandboxRateLimits(Clock.systemUTC(), 1_000_000, 1_000_000),
          Clock.systemUTC(),
          80_000);
  private final Duration latency;
  private final HttpServer server;
  private final ExecutorService handlers = Executors.newFixedThreadPool(400);
  private final ScheduledExecutorService life = Executors.newSingleThreadScheduledExecutor();
  private final List<String> sids = new ArrayList<>();
  private final List<String> tokens = new ArrayList<>();
  private final Map<String, DemoShopActivity> activities = new HashMap<>();
  private final AtomicLong requests = new AtomicLong();

  WbSimulator(int shops, Duration latency, Duration stepEvery, long seed) throws IOException {
    this.latency = latency;
    for (int i = 0; i < shops; i++) {
      String sid = String.format("bench-%06d", i);
      sids.add(sid);
      tokens.add(wb.openShop(sid, "ИП Нагрузка " + i, "Магазин " + i));
      DemoShopActivity activity = new DemoShopActivity(seed + i);
      activities.put(sid, activity);
      wb.shop(sid).orElseThrow().holds(activity.state());
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    server.createContext("/", this::answer);
    server.setExecutor(handlers);
    server.start();
    wb.photosAt(base() + "/");
    if (stepEvery.isZero()) {
      return; // shops that only change when the benchmark says so (holds)
    }
    long slot = Math.max(1, stepEvery.toNanos() / Math.max(1, shops));
    AtomicLong next = new AtomicLong();
    life.scheduleAtFixedRate(
        () -> {
          // The shops whose moment came since the last tick: spread evenly over stepEvery.
          long due = Math.min(shops, Math.max(1, TimeUnit.MILLISECONDS.toNanos(100) / slot));
          for (long n = 0; n < due; n++) {
            String sid = sids.get((int) (next.getAndIncrement() % shops));
            SandboxShop shop = wb.shop(sid).orElseThrow();
            shop.holds(activities.get(sid).step(Clock.systemUTC().instant()));
          }
        },
        0,
        100,
        TimeUnit.MILLISECONDS);
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String sid(int shop) {
    return sids.get(shop);
  }

  String token(int shop) {
    return tokens.get(shop);
  }

  /** From now on WB holds {@code state} for the shop (the scenario format's {@code wb} object). */
  void holds(int shop, JsonObject state) {
    wb.shop(sids.get(shop)).orElseThrow().holds(state);
  }

  /** The shop's state as its activity began: cards and stocks, nothing sold yet. */
  JsonObject initialState(int shop) {
    return activities.get(sids.get(shop)).state();
  }

  long requests() {
    return requests.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      Thread.sleep(latency.toMillis());
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (path.startsWith("/images/")) {
        send(exchange, 200, "image/png", SandboxImagesResource.draw(path.split("/")[2]));
        return;
      }
      SandboxAnswer answer =
          switch (path) {
            case "/api/v1/supplier/orders" ->
                wb.orders(auth, query.get("dateFrom"), query.get("flag"));
            case "/api/v1/supplier/sales" ->
                wb.sales(auth, query.get("dateFrom"), query.get("flag"));
            case "/api/v1/feedbacks" ->
                wb.feedbacks(
                    auth,
                    query.get("isAnswered"),
                    query.get("take"),
                    query.get("skip"),
                    query.get("order"));
            case "/api/v1/feedbacks/archive" ->
                wb.archive(auth, query.get("take"), query.get("skip"), query.get("order"));
            case "/content/v2/get/cards/list" -> wb.cards(auth, body(exchange));
            case "/api/analytics/v1/stocks-report/wb-warehouses" ->
                wb.stocksReport(auth, body(exchange));
            case "/api/v1/seller-info" -> wb.sellerInfo(auth);
            case "/ping" -> wb.ping(auth, WbHost.COMMON);
            default ->
                new SandboxAnswer(
                    404, Map.of(), Json.createObjectBuilder().add("title", "not found").build());
          };
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      byte[] body =
          answer.body() == null
              ? new byte[0]
              : answer.body().toString().getBytes(StandardCharsets.UTF_8);
      send(exchange, answer.status(), "application/json; charset=utf-8", body);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static JsonObject body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Json.createReader(new StringReader(text.isBlank() ? "{}" : text)).readObject();
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  @Override
  public void close() {
    life.shutdownNow();
    server.stop(0);
    handlers.shutdownNow();
  }
}
