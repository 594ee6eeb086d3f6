package com.wbassist.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wbassist.sandbox.telegram.TelegramStandIn;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Telegram's Bot API for benchmarks, in the benchmark's own process: it outlives the servers it
 * serves (killed or not) and keeps its own record — every message it accepted, with the moment it
 * arrived — from the sandbox's Telegram stand-in, which keeps each chat as Telegram would show it.
 */
final class TelegramRecorder implements AutoCloseable {
  private final TelegramStandIn telegram = new TelegramStandIn(Clock.systemUTC());
  private final String botToken;
  private final HttpServer server;
  private final ExecutorService handlers = Executors.newFixedThreadPool(32);
  private final List<Long> arrivals = new ArrayList<>();
  private final Map<String, Long> arrivedAt = new HashMap<>();

  TelegramRecorder(String botToken) throws IOException {
    this.botToken = botToken;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.createContext("/", this::answer);
    server.setExecutor(handlers);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  TelegramStandIn telegram() {
    return telegram;
  }

  /** When each accepted message arrived ({@link System#nanoTime()}), in arrival order. */
  synchronized List<Long> arrivals() {
    return List.copyOf(arrivals);
  }

  /** When a message arrived ({@link System#nanoTime()}). */
  synchronized long arrival(long chatId, long messageId) {
    return arrivedAt.getOrDefault(chatId + ":" + messageId, -1L);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String prefix = "/bot" + botToken + "/";
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      int status;
      String answer;
      if (!path.startsWith(prefix)) {
        status = 401;
        answer = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}";
      } else {
        String method = path.substring(prefix.length());
        long arrived = System.nanoTime();
        TelegramStandIn.Answer reply =
            telegram.call(method, exchange.getRequestHeaders().getFirst("Content-Type"), body);
        status = reply.status();
        answer = reply.body().toString();
        if (status == 200 && (method.equals("sendMessage") || method.equals("sendPhoto"))) {
          JsonObject message = reply.body().getJsonObject("result");
          synchronized (this) {
            arrivals.add(arrived);
            arrivedAt.put(
                message.getJsonObject("chat").getJsonNumber("id").longValue()
                    + ":"
                    + message.getJsonNumber("message_id").longValue(),
                arrived);
          }
        }
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** The most messages that arrived within any one second. */
  int busiestSecond() {
    return busiest(1);
  }

  /**
   * The most messages a second over the busiest ten seconds: the pace, without the bunching of
   * arrivals a busy machine's scheduler adds to departures spaced evenly.
   */
  double busiestTenSecondsPerSecond() {
    return busiest(10) / 10.0;
  }

  private int busiest(int seconds) {
    List<Long> times = arrivals().stream().sorted().toList();
    long window = seconds * 1_000_000_000L;
    int busiest = 0;
    for (int first = 0, last = 0; last < times.size(); last++) {
      while (times.get(last) - times.get(first) >= window) {
        first++;
      }
      busiest = Math.max(busiest, last - first + 1);
    }
    return busiest;
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
