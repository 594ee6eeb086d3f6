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
import java.io.StringReader;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final String DB_USER = "wbassist";
  private static final String DB_PASSWORD = "db-password-0123456789";

  /** Every other README setting, each given a value that is not its default. */
  private static final Map<String, String> NOT_THE_DEFAULTS =
      Map.ofEntries(
          Map.entry("WB_ASSIST_HTTP_HOST", "*"),
          Map.entry("WB_ASSIST_DB_POOL_MAX", "11"),
          Map.entry("SYNC_INTERVAL", "97"),
          Map.entry("WB_ASSIST_SYNC_PRIMARY_WINDOW_DAYS", "45"),
          Map.entry("WB_ASSIST_SYNC_PAGE_LIMIT", "5000"),
          Map.entry("WB_ASSIST_SYNC_CONCURRENCY", "13"),
          Map.entry("WB_ASSIST_DISPATCH_CONCURRENCY", "5"),
          Map.entry("WB_ASSIST_BOT_USERNAME", "wb_assist_it_bot"),
          Map.entry("WB_ASSIST_API_REQUESTS_PER_MINUTE", "90"),
          Map.entry("WB_ASSIST_WEBHOOK_CONCURRENCY", "3"),
          Map.entry("WB_ASSIST_SYNC_LEASE_MINUTES", "25"),
          Map.entry("WB_ASSIST_STALE_AFTER_DAYS", "9"),
          Map.entry("WB_ASSIST_NEGATIVE_MAX", "2"),
          Map.entry("WB_ASSIST_CRITICAL_STOCK", "1"),
          Map.entry("WB_ASSIST_DISPATCH_INTERVAL_SECONDS", "7"),
          Map.entry("WB_ASSIST_DISPATCH_GIVE_UP_HOURS", "36"),
          Map.entry("WB_ASSIST_RETAIN_SYNC_RUNS_DAYS", "21"),
          Map.entry("WB_ASSIST_RETAIN_NOTIFICATIONS_DAYS", "45"),
          Map.entry("WB_ASSIST_RETAIN_MARKET_DAYS", "120"),
          Map.entry("WB_ASSIST_HOUSEKEEPING_INTERVAL_MINUTES", "30"));

  /** README rows proven elsewhere: the run command's own (LaunchSettingsTest) and the sandbox's. */
  private static final List<String> NOT_A_SERVER_SETTING =
      List.of(
          "WB_ASSIST_EMBEDDED_DB_PORT",
          "WB_ASSIST_DEMO_STEP_SECONDS",
          "WB_ASSIST_SANDBOX_WB_REQUESTS_PER_SECOND");

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
    // A database user of its own, as operations would create: proves user and password reach the
    // pool.
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var sql = connection.createStatement()) {
      sql.execute("CREATE ROLE " + DB_USER + " LOGIN PASSWORD '" + DB_PASSWORD + "'");
      sql.execute("ALTER DATABASE postgres OWNER TO " + DB_USER);
      sql.execute("ALTER SCHEMA public OWNER TO " + DB_USER);
    }
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
            PlainLiberty.jdbcDriver(wlp));
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
    settings.put("WB_ASSIST_DB_USER", DB_USER);
    settings.put("WB_ASSIST_DB_PASSWORD", DB_PASSWORD);
    settings.put("TELEGRAM_BOT_TOKEN", BOT_TOKEN);
    settings.put("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET);
    settings.put("TELEGRAM_PUBLIC_URL", "https://bot.example.test");
    settings.put("WB_ASSIST_TOKEN_KEY", TOKEN_KEY);
    settings.put("WB_ASSIST_ADMIN_USER", ADMIN_USER);
    settings.put("WB_ASSIST_ADMIN_PASSWORD", ADMIN_PASSWORD);
    settings.putAll(NOT_THE_DEFAULTS);
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

    everyDocumentedSettingReachedTheServer();

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
    // Nor its chat page: the front page is the product's own.
    assertEquals(404, status("/chat/index.html"), "the sandbox's chat page is not served");
    assertEquals(404, status("/chat/main.js"), "the sandbox's chat script is not served");
    HttpResponse<String> front = call(HttpRequest.newBuilder(at("/")));
    assertEquals(200, front.statusCode());
    assertTrue(
        front.body().contains("/console/"), "the front page points operators to the console");
    assertFalse(front.body().contains("/chat/"), front.body());

    // Operators only, however the path is spelled.
    assertEquals(
        200, call(asOperator(HttpRequest.newBuilder(at("/api/admin/cabinets")))).statusCode());
    HttpResponse<String> requeue =
        call(
            asOperator(
                    HttpRequest.newBuilder(
                        at("/api/admin/cabinets/" + sid + "/deliveries/requeue")))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, requeue.statusCode(), requeue.body());
    assertTrue(
        requeue.body().contains("\"requeued\":0"), "nothing was given up: " + requeue.body());
    HttpResponse<String> setAside =
        call(asOperator(HttpRequest.newBuilder(at("/api/admin/set-aside"))));
    assertEquals("[]", setAside.body(), "no outbox event was set aside");
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
    assertTrue(logs.contains("login refused for user \"operator\""), "failed logins are logged");
    for (String secret :
        List.of(
            BOT_TOKEN,
            BOT_TOKEN.substring(BOT_TOKEN.indexOf(':') + 1),
            WEBHOOK_SECRET,
            TOKEN_KEY,
            ADMIN_PASSWORD,
            DB_PASSWORD,
            wbToken)) {
      assertFalse(
          logs.contains(secret), "a secret reached the logs: " + secret.substring(0, 6) + "…");
    }
  }

  /**
   * README.md's table of settings, read here, against the operators' view of what the server runs
   * with: every server setting is there with the (non-default) value given, secrets only as set.
   */
  private static void everyDocumentedSettingReachedTheServer() throws Exception {
    HttpResponse<String> answer =
        call(asOperator(HttpRequest.newBuilder(at("/api/admin/settings"))));
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject effective = Json.createReader(new StringReader(answer.body())).readObject();
    List<String> documented = new ArrayList<>(readmeSettings());
    documented.removeAll(NOT_A_SERVER_SETTING);
    assertEquals(
        new TreeSet<>(documented),
        new TreeSet<>(effective.keySet()),
        "one table: README.md's rows and the server's settings are the same names");
    Map<String, String> expected = new LinkedHashMap<>();
    settings().forEach((name, value) -> expected.put(name, value));
    expected.put("WB_ASSIST_MODE", "production");
    expected.put("WB_ASSIST_ADMIN_REGISTRY", "settings");
    expected.put("TELEGRAM_BOT_TOKEN", "set (bot 987654321)");
    expected.put("TELEGRAM_PUBLIC_URL", "https://bot.example.test/telegram/webhook");
    for (String secret :
        List.of(
            "TELEGRAM_WEBHOOK_SECRET",
            "WB_ASSIST_TOKEN_KEY",
            "WB_ASSIST_ADMIN_PASSWORD",
            "WB_ASSIST_DB_PASSWORD")) {
      expected.put(secret, "set");
    }
    List<String> wrong = new ArrayList<>();
    for (String name : effective.keySet()) {
      String shown = effective.get(name).toString().replaceAll("^\"|\"$", "");
      if (!shown.equals(expected.get(name))) {
        wrong.add(name + " is " + shown + ", given " + expected.get(name));
      }
    }
    assertEquals(List.of(), wrong, "settings that did not reach the server");
    assertFalse(answer.body().contains(DB_PASSWORD) || answer.body().contains(WEBHOOK_SECRET));
  }

  /** The names in the first column of README.md's configuration table. */
  static List<String> readmeSettings() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("wbassist.it.readme")));
    String table = readme.substring(readme.indexOf("## Configuration"));
    table = table.substring(0, table.indexOf("\n## ", 5));
    List<String> names = new ArrayList<>();
    for (String row : table.split("\n")) {
      if (row.startsWith("| `")) {
        Matcher name = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(row.split("\\|")[1]);
        while (name.find()) {
          names.add(name.group(1));
        }
      }
    }
    return names;
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
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
