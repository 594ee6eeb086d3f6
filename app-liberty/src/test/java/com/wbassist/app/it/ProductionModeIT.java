package com.wbassist.app.it;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wbassist.app.it.production.PlainLiberty;
import com.wbassist.app.it.production.TelegramDouble;
import com.wbassist.app.it.production.WbDouble;
import com.wbassist.sandbox.telegram.StandInMessage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The product as an operations team runs it: the built WAR on a plain Open Liberty, set up only as
 * docs/operations.md says, in production mode (nothing tells it otherwise), against WB and Telegram
 * doubles that run in this JVM. A seller is served end to end; the sandbox is absent; the admin API
 * needs credentials; the webhook needs its secret; no secret reaches the logs. And a server missing
 * a setting does not start at all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionModeIT {
  private static final String BOT_TOKEN = "987654321:AAF-production_bot_token_0123456789";
  private static final String WEBHOOK_SECRET = "webhook-secret_0123456789abcdef";
  private static final String TOKEN_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
  private static final String ADMIN_USER = "operator";
  private static final String ADMIN_PASSWORD = "correct-horse-battery-staple";
  private static final long SELLER = 5_550_001L;
  private static final DateTimeFormatter WB_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private static EmbeddedPostgres postgres;
  private static WbDouble wb;
  private static TelegramDouble telegram;
  private static WireMockServer wbServer;
  private static WireMockServer telegramServer;
  private static PlainLiberty server;
  private static int port;
  private static final AtomicLong UPDATES = new AtomicLong(100);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void deployAsOperationsWould() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    wb = new WbDouble();
    wbServer = new WireMockServer(options().dynamicPort().extensions(wb));
    wbServer.start();
    wbServer.stubFor(any(anyUrl()).willReturn(ok()));
    wb.photosAt("http://localhost:" + wbServer.port() + "/");
    telegram = new TelegramDouble(BOT_TOKEN);
    telegramServer = new WireMockServer(options().dynamicPort().extensions(telegram));
    telegramServer.start();
    telegramServer.stubFor(any(anyUrl()).willReturn(ok()));
    port = freePort();
    Path wlp = Path.of(System.getProperty("wbassist.it.wlp.dir"));
    server =
        PlainLiberty.create(
            wlp,
            System.getProperty("wbassist.it.server") + "-production",
            Path.of(System.getProperty("wbassist.it.server-xml")),
            Path.of(System.getProperty("wbassist.it.war")),
            jdbcDriver(wlp));
  }

  @AfterAll
  static void tearDown() throws Exception {
    if (server != null) {
      server.stop();
    }
    Stream.of(wbServer, telegramServer).filter(s -> s != null).forEach(WireMockServer::stop);
    if (postgres != null) {
      postgres.close();
    }
  }

  /** The settings docs/operations.md lists, with WB's and Telegram's addresses on the doubles. */
  private static Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("WB_ASSIST_HTTP_PORT", Integer.toString(port));
    settings.put(
        "WB_ASSIST_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
    settings.put("WB_ASSIST_DB_USER", "postgres");
    settings.put("TELEGRAM_BOT_TOKEN", BOT_TOKEN);
    settings.put("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET);
    settings.put("TELEGRAM_PUBLIC_URL", "https://bot.example.test");
    settings.put("WB_ASSIST_TOKEN_KEY", TOKEN_KEY);
    settings.put("WB_ASSIST_ADMIN_USER", ADMIN_USER);
    settings.put("WB_ASSIST_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // The doubles instead of api.telegram.org and WB's hosts (docs/operations.md, "Test doubles").
    String wbBase = "http://localhost:" + wbServer.port();
    settings.put("TELEGRAM_API_URL", "http://localhost:" + telegramServer.port());
    settings.put("TELEGRAM_PHOTO_HOSTS", "http://localhost");
    Stream.of("STATISTICS", "FEEDBACKS", "CONTENT", "ANALYTICS", "COMMON")
        .forEach(host -> settings.put("WB_" + host + "_URL", wbBase));
    settings.put("WB_LIMIT_ENABLED", "false");
    return settings;
  }

  @Test
  @Order(1)
  @DisplayName(
      "a production server missing its webhook secret does not start: one line, readiness DOWN")
  void refusesToStartWithoutASetting() throws Exception {
    Map<String, String> incomplete = settings();
    incomplete.remove("TELEGRAM_WEBHOOK_SECRET");
    server.settings(incomplete);
    server.start();
    try {
      await(
          () -> messages().stream().anyMatch(line -> line.contains("cannot start in production")),
          Duration.ofMinutes(2),
          "the application said why it does not start");
      List<String> refusal =
          messages().stream()
              .filter(line -> line.contains("ProductionGuard") && line.contains("cannot start"))
              .toList();
      assertEquals(1, refusal.size(), "the application says it in one line: " + refusal);
      assertTrue(refusal.get(0).contains("TELEGRAM_WEBHOOK_SECRET is not set"), refusal.get(0));
      assertFalse(
          messages().stream().anyMatch(line -> line.contains(BOT_TOKEN)), "the bot token unsaid");
      assertNotEquals(200, status("/health/ready"), "readiness is not UP");
      assertEquals(404, status("/api/admin/cabinets"), "the application does not serve at all");
      assertNotEquals(200, webhook("/start", WEBHOOK_SECRET).statusCode());
    } finally {
      server.stop();
      server.setLogsAside("logs-refused-start");
    }
  }

  @Test
  @Order(2)
  @DisplayName(
      "a seller is served end to end; sandbox absent; admin and webhook guarded; no secret logged")
  void servesASeller() throws Exception {
    server.settings(settings());
    server.start();
    assertEquals(
        200,
        PlainLiberty.awaitStatus(at("/health/ready"), 200, Duration.ofMinutes(3)),
        "ready in production mode");
    await(
        () -> telegram.telegram().calls().containsAll(List.of("setWebhook", "setMyCommands")),
        Duration.ofSeconds(30),
        "the webhook and the commands registered at the public URL");

    String sid = "prod-" + System.nanoTime();
    String wbToken = wb.wb().openShop(sid, "ИП Продакшн", "Прод");
    wb.wb().shop(sid).orElseThrow().holds(roundZero());

    assertEquals(200, webhook("/start", WEBHOOK_SECRET).statusCode());
    await(() -> chat().contains("токен"), Duration.ofSeconds(30), "the bot asked for the token");
    assertEquals(200, webhook(wbToken, WEBHOOK_SECRET).statusCode());
    await(() -> chat().contains("Готово"), Duration.ofMinutes(2), "the primary sync finished");

    wb.wb().shop(sid).orElseThrow().holds(withANewOrder(roundZero()));
    HttpResponse<String> syncNow =
        call(
            asOperator(HttpRequest.newBuilder(at("/api/admin/cabinets/" + sid + "/sync")))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(202, syncNow.statusCode(), syncNow.body());
    await(
        () ->
            telegram.telegram().chat(SELLER).stream()
                .anyMatch(m -> m.photo() && m.html().contains("Новый заказ")),
        Duration.ofMinutes(1),
        "the new order reached the seller with its photo");

    // The sandbox is not there: none of its paths answer.
    for (String path :
        List.of(
            "/api/sandbox/shops",
            "/api/sandbox/demo",
            "/api/sandbox/replay",
            "/sandbox/wb/common/ping",
            "/sandbox/telegram/bot1:x/sendMessage")) {
      assertEquals(
          404,
          call(HttpRequest.newBuilder(at(path)).POST(HttpRequest.BodyPublishers.noBody()))
              .statusCode(),
          path);
      assertEquals(404, status(path), path);
    }

    // Operators only, however the path is spelled.
    assertEquals(
        200, call(asOperator(HttpRequest.newBuilder(at("/api/admin/cabinets")))).statusCode());
    HttpResponse<String> guess =
        call(
            HttpRequest.newBuilder(at("/api/admin/cabinets"))
                .header("Authorization", "Basic b3BlcmF0b3I6Z3Vlc3M=")); // operator:guess
    assertEquals(401, guess.statusCode(), "a wrong password");
    AdminBypasses.noneGetsThrough(port, sid);

    // Telegram only: a wrong or missing secret is 401 and the update is not handled.
    int before = telegram.telegram().chat(SELLER).size();
    assertEquals(401, webhook("/help", "wrong-secret-0123456789").statusCode());
    assertEquals(401, webhook("/help", null).statusCode());
    Thread.sleep(2_000);
    assertEquals(before, telegram.telegram().chat(SELLER).size(), "no answer to a forged update");

    server.stop();
    String logs = server.logs();
    assertTrue(
        logs.contains("login refused"),
        "failed logins are logged: "
            + server.messages().stream()
                .filter(l -> l.contains("1652A") || l.contains("login"))
                .limit(3)
                .toList());
    for (String secret :
        List.of(
            BOT_TOKEN,
            BOT_TOKEN.substring(BOT_TOKEN.indexOf(':') + 1),
            WEBHOOK_SECRET,
            TOKEN_KEY,
            ADMIN_PASSWORD,
            wbToken)) {
      assertFalse(
          logs.contains(secret), "a secret reached the logs: " + secret.substring(0, 6) + "…");
    }
  }

  private static JsonObject roundZero() throws IOException {
    try (InputStream in =
        ProductionModeIT.class.getResourceAsStream("/scenarios/order-lifecycle.json")) {
      return Json.createReader(in)
          .readObject()
          .getJsonArray("rounds")
          .getJsonObject(0)
          .getJsonObject("wb");
    }
  }

  /** The state with one more order, placed a minute ago (WB dates orders in Moscow time). */
  private static JsonObject withANewOrder(JsonObject state) {
    JsonObject template = state.getJsonArray("orders").getJsonObject(0);
    String now =
        LocalDateTime.now(ZoneId.of("Europe/Moscow"))
            .minusMinutes(1)
            .truncatedTo(ChronoUnit.SECONDS)
            .format(WB_TIME);
    JsonObject order =
        Json.createObjectBuilder(template)
            .add("date", now)
            .add("lastChangeDate", now)
            .add("srid", "9.r0009prod" + System.nanoTime() + ".3.0")
            .add("gNumber", "9hj9000099900")
            .build();
    return Json.createObjectBuilder(state)
        .add("orders", Json.createArrayBuilder(state.getJsonArray("orders")).add(order))
        .build();
  }

  private static String chat() {
    return telegram.telegram().chat(SELLER).stream().map(StandInMessage::html).toList().toString();
  }

  private static List<String> messages() {
    try {
      return server.messages();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static HttpResponse<String> webhook(String text, String secret) throws Exception {
    long update = UPDATES.incrementAndGet();
    String body =
        Json.createObjectBuilder()
            .add("update_id", update)
            .add(
                "message",
                Json.createObjectBuilder()
                    .add("message_id", update)
                    .add("date", System.currentTimeMillis() / 1000)
                    .add(
                        "chat", Json.createObjectBuilder().add("id", SELLER).add("type", "private"))
                    .add(
                        "from",
                        Json.createObjectBuilder()
                            .add("id", SELLER)
                            .add("is_bot", false)
                            .add("first_name", "Ольга"))
                    .add("text", text))
            .build()
            .toString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(at("/telegram/webhook"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    return call(request);
  }

  private static HttpRequest.Builder asOperator(HttpRequest.Builder request) {
    return request.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private static int status(String path) throws Exception {
    return call(HttpRequest.newBuilder(at(path))).statusCode();
  }

  private static HttpResponse<String> call(HttpRequest.Builder request) throws Exception {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException refused) {
      throw new IOException("the server did not answer: " + refused, refused);
    }
  }

  private static URI at(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static void await(BooleanSupplier condition, Duration within, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + within + ": " + what + "; chat: " + chat());
      }
      Thread.sleep(250);
    }
  }

  /** The driver Maven put beside the test server (the same artifact operations download). */
  private static Path jdbcDriver(Path wlp) throws IOException {
    Path global =
        wlp.resolve("usr/servers")
            .resolve(System.getProperty("wbassist.it.server"))
            .resolve("lib/global");
    try (Stream<Path> jars = Files.list(global)) {
      return jars.filter(jar -> jar.getFileName().toString().startsWith("postgresql"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no PostgreSQL driver in " + global));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
