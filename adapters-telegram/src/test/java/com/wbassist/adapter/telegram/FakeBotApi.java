package com.wbassist.adapter.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Telegram Bot API on 127.0.0.1: answers the methods the bot uses the way Telegram does
 * (message ids, photo file ids, "message is not modified"…), records every call, plays scripted
 * failures, and can enforce Telegram's flood limits with 429s ({@link FloodRules}). Serves card
 * photos too, under {@code /photos/}.
 */
public final class FakeBotApi implements AutoCloseable {
  /** One call as Telegram received it. */
  public record Call(String method, JsonObject params, byte[] file, long arrivalNanos) {
    public long chatId() {
      return params.containsKey("chat_id")
          ? Long.parseLong(params.get("chat_id").toString().replace("\"", ""))
          : 0;
    }

    public String text(String field) {
      return params.containsKey(field) ? params.getString(field) : null;
    }

    public JsonObject json(String field) {
      if (!params.containsKey(field)) {
        return null;
      }
      return params.get(field) instanceof JsonObject object
          ? object
          : Json.createReader(new StringReader(params.getString(field))).readObject();
    }
  }

  /** A scripted answer: an HTTP status and a body, after an optional delay. */
  private record Scripted(int status, String body, Duration delay) {}

  static {
    // Without it the JDK's server leaves Nagle on, and every small answer waits ~40 ms for a
    // delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final String token;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(48);
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Deque<Scripted>> scripts = new HashMap<>();
  private final Map<String, byte[]> photos = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();
  private final FakeChats chats = new FakeChats();
  private volatile FloodRules flood = FloodRules.NONE;

  private FakeBotApi(String token) throws IOException {
    this.token = token;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(threads);
    server.createContext("/bot", this::method);
    server.createContext("/photos/", this::photo);
    server.start();
  }

  public static FakeBotApi start(String token) {
    try {
      return new FakeBotApi(token);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String photoUrl(String name) {
    return url() + "/photos/" + name;
  }

  public void servePhoto(String name, byte[] bytes) {
    photos.put(name, bytes);
  }

  public int downloads(String name) {
    return downloads.getOrDefault(name, new AtomicInteger()).get();
  }

  public FakeChats chats() {
    return chats;
  }

  public void enforce(FloodRules rules) {
    this.flood = rules;
  }

  public FloodRules flood() {
    return flood;
  }

  /** The next call of the method is refused with Telegram's error envelope. */
  public synchronized void failNext(String method, int code, String description) {
    script(method, new Scripted(code, error(code, description, 0), Duration.ZERO));
  }

  public synchronized void floodWaitNext(String method, int retryAfter) {
    script(
        method,
        new Scripted(
            429,
            error(429, "Too Many Requests: retry after " + retryAfter, retryAfter),
            Duration.ZERO));
  }

  /** The next call gets a body that is not the Bot API's (a proxy's error page). */
  public synchronized void rawNext(String method, int status, String body) {
    script(method, new Scripted(status, body, Duration.ZERO));
  }

  /**
   * The next call is answered normally, but only after the delay (longer than the client's timeout:
   * a timeout).
   */
  public synchronized void delayNext(String method, Duration delay) {
    script(method, new Scripted(0, null, delay));
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  public synchronized void clearCalls() {
    calls.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void script(String method, Scripted reply) {
    scripts.computeIfAbsent(method, m -> new ArrayDeque<>()).add(reply);
  }

  private void method(HttpExchange exchange) throws IOException {
    long arrival = System.nanoTime();
    try (exchange) {
      String[] path = exchange.getRequestURI().getPath().split("/");
      if (path.length != 3 || !path[1].equals("bot" + token)) {
        respond(exchange, 404, error(404, "Not Found", 0));
        return;
      }
      String method = path[2];
      byte[] body = exchange.getRequestBody().readAllBytes();
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      MultipartBody form =
          type != null && type.startsWith("multipart/") ? MultipartBody.parse(type, body) : null;
      JsonObject params =
          form != null
              ? form.fields()
              : Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
                  .readObject();
      Call call = new Call(method, params, form == null ? null : form.file(), arrival);
      Scripted scripted;
      synchronized (this) {
        calls.add(call);
        Deque<Scripted> queue = scripts.get(method);
        scripted = queue == null ? null : queue.poll();
      }
      if (scripted != null && scripted.delay().isZero()) {
        respond(exchange, scripted.status(), scripted.body());
        return;
      }
      if (scripted != null) {
        Thread.sleep(scripted.delay().toMillis());
      }
      int retryAfter = flood.check(call);
      if (retryAfter > 0) {
        respond(
            exchange, 429, error(429, "Too Many Requests: retry after " + retryAfter, retryAfter));
        return;
      }
      FakeChats.Answer answer = chats.answer(call);
      respond(
          exchange,
          answer.status(),
          answer.ok()
              ? "{\"ok\":true,\"result\":" + answer.result() + "}"
              : error(answer.status(), answer.result(), 0));
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException broken) {
      respond(exchange, 500, error(500, "fake broke: " + broken, 0));
    }
  }

  private void photo(HttpExchange exchange) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring("/photos/".length());
      downloads.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
      byte[] bytes = photos.get(name);
      if (bytes == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", "image/webp");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  static String error(int code, String description, int retryAfter) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("ok", false)
            .add("error_code", code)
            .add("description", description);
    if (retryAfter > 0) {
      body.add("parameters", Json.createObjectBuilder().add("retry_after", retryAfter));
    }
    return body.build().toString();
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
