package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.apikey.ApiKeyText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reports on the deployed WAR, through the sellers' API with a real key: one followed over SSE to
 * its end and its XLSX opened cell by cell, one cancelled mid-way, one made through an application
 * restart. The shops' rows are written straight into the test database (hundreds of thousands of
 * them, so a report runs long enough to be caught mid-way).
 */
class ReportTaskIT extends OnTheBuiltWar {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final HttpClient SSE = HttpClient.newHttpClient();
  private static final int LARGE = 600_000;

  private static final LocalDate YESTERDAY = LocalDate.now(MOSCOW).minusDays(1);

  @Test
  @DisplayName(
      "a report followed over SSE to its end; its XLSX holds every row, typed, with totals")
  void followedToTheEnd() throws Exception {
    String key = keyOf("it-report-small");
    seedSmallShop("it-report-small");

    JsonObject queued = requestReport(key, "XLSX");
    assertEquals("QUEUED", queued.getString("state"));
    String id = queued.getString("id");

    List<Event> events = follow(key, id, null, Duration.ofMinutes(2));
    Event last = events.get(events.size() - 1);
    assertEquals("SUCCEEDED", last.task().getString("state"), events.toString());
    for (int i = 1; i < events.size(); i++) {
      assertTrue(events.get(i).id() > events.get(i - 1).id(), "event ids rise: " + events);
    }
    assertEquals(last.task().getJsonNumber("sequence").longValue(), last.id());
    // Rows read: three orders and three sale rows (WB's D row is read, then left out of the file).
    assertEquals(6, last.task().getJsonNumber("rows").longValue());

    // Reconnecting with the last id: nothing newer, the stream sends the final state no more.
    assertTrue(follow(key, id, last.id(), Duration.ofSeconds(30)).isEmpty());

    HttpResponse<byte[]> file = download(key, id);
    assertEquals(200, file.statusCode());
    assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      assertEquals("Сводка", workbook.getSheetName(0));
      Sheet orders = workbook.getSheet("Заказы");
      assertEquals("it-o1", orders.getRow(1).getCell(1).getStringCellValue());
      var date = orders.getRow(1).getCell(0);
      assertEquals(CellType.NUMERIC, date.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(date));
      assertEquals(YESTERDAY.atTime(0, 30), date.getLocalDateTimeCellValue(), "Moscow time");
      assertEquals(123456, orders.getRow(1).getCell(2).getNumericCellValue());
      assertEquals(1999.5, orders.getRow(1).getCell(9).getNumericCellValue(), 0.001);
      assertEquals("да", orders.getRow(2).getCell(10).getStringCellValue());
      assertEquals("Итого", orders.getRow(4).getCell(0).getStringCellValue());
      assertEquals(3, orders.getRow(4).getCell(1).getNumericCellValue());
      assertEquals(3999.5, orders.getRow(4).getCell(9).getNumericCellValue(), 0.001);
      Sheet buyouts = workbook.getSheet("Выкупы");
      assertEquals("S-it-1", buyouts.getRow(1).getCell(1).getStringCellValue());
      assertEquals(800, buyouts.getRow(1).getCell(11).getNumericCellValue(), 0.001);
      Sheet returns = workbook.getSheet("Возвраты");
      assertEquals(500, returns.getRow(1).getCell(10).getNumericCellValue(), 0.001, "absolute");
      Sheet summary = workbook.getSheet("Сводка");
      assertEquals(3, summary.getRow(4).getCell(1).getNumericCellValue());
      assertEquals(1, summary.getRow(5).getCell(1).getNumericCellValue());
      assertEquals(400, summary.getRow(8).getCell(3).getNumericCellValue(), 0.001);
    }

    // Another shop's key knows nothing of it.
    String other = keyOf("it-report-other");
    assertEquals(404, call(withKey(other, "/api/v1/tasks/" + id)).statusCode());
    assertEquals(404, download(other, id).statusCode());
  }

  @Test
  @DisplayName("a report cancelled mid-way stops, ends CANCELLED, and leaves no file")
  void cancelledMidWay() throws Exception {
    String key = keyOf("it-report-cancel");
    seedLargeShop("it-report-cancel", LARGE);
    String id = requestReport(key, "XLSX").getString("id");
    await(() -> rows(key, id) > 0, Duration.ofMinutes(2), "the report started");

    HttpResponse<String> cancel =
        call(
            withKey(key, "/api/v1/tasks/" + id + "/cancel")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, cancel.statusCode(), cancel.body());
    await(() -> "CANCELLED".equals(state(key, id)), Duration.ofSeconds(30), "cancelled");
    JsonObject task = task(key, id);
    assertTrue(task.getJsonNumber("rows").longValue() < LARGE, task.toString());
    assertEquals(404, download(key, id).statusCode());
  }

  @Test
  @DisplayName("an application restart mid-report: the report is handed back and made to the end")
  void restartMidTask() throws Exception {
    String key = keyOf("it-report-restart");
    seedLargeShop("it-report-restart", LARGE);
    String id = requestReport(key, "XLSX").getString("id");
    await(() -> rows(key, id) > 0, Duration.ofMinutes(2), "the report started");

    ApplicationRestart.now();
    await(this::ready, Duration.ofMinutes(2), "ready again");
    await(
        () -> "SUCCEEDED".equals(state(key, id)),
        Duration.ofMinutes(5),
        "the report finished after the restart");
    JsonObject task = task(key, id);
    assertEquals(LARGE, task.getJsonNumber("rows").longValue(), task.toString());
    HttpResponse<byte[]> file = download(key, id);
    assertEquals(200, file.statusCode());
    assertTrue(file.body().length > 1_000_000);
  }

  // --- the shop's data and key -----------------------------------------------------------------

  /** An API key of the cabinet, stored as the owner's key would be (only its digest). */
  private static String keyOf(String sid) throws Exception {
    ApiKeyText key = ApiKeyText.generate(new SecureRandom());
    try (Connection db = database();
        PreparedStatement add =
            db.prepareStatement(
                "insert into api_keys (key_id, cabinet_sid, digest, created_by, created_at)"
                    + " values (?, ?, ?, 1, now())")) {
      add.setString(1, key.id());
      add.setString(2, sid);
      add.setString(3, key.digest());
      add.executeUpdate();
    }
    return key.reveal();
  }

  /** Three orders (one cancelled), a buyout, a return, a correction: yesterday, Moscow time. */
  private static void seedSmallShop(String sid) throws Exception {
    try (Connection db = database();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(orders(sid, "'it-o1'", yesterdayAt("00:30"), "1999.5", "false"));
      sql.executeUpdate(orders(sid, "'it-o2'", yesterdayAt("10:00"), "1000", "true"));
      sql.executeUpdate(orders(sid, "'it-o3'", yesterdayAt("11:00"), "1000", "false"));
      sql.executeUpdate(sales(sid, "S-it-1", yesterdayAt("12:00"), "1000", "800"));
      sql.executeUpdate(sales(sid, "R-it-1", yesterdayAt("13:00"), "-500", "-400"));
      sql.executeUpdate(sales(sid, "D-it-1", yesterdayAt("14:00"), "10", "10"));
    }
  }

  /** {@code count} orders within a day before yesterday's now, generated by the database itself. */
  private static void seedLargeShop(String sid, int count) throws Exception {
    try (Connection db = database();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          """
          insert into orders (cabinet_sid, srid, g_number, order_date, last_change_date, nm_id,
            supplier_article, tech_size, barcode, subject, category, brand, warehouse_name,
            warehouse_type, region_name, oblast_okrug_name, country_name, total_price,
            discount_percent, spp, finished_price, price_with_disc, for_pay, cancelled, cancel_date)
          select '%s', 'srid-' || g, 'g-' || g, now() - interval '1 day' - (g / 10 || ' seconds')::interval,
            now() - interval '1 day', 100000 + g %% 5000, 'ART-' || g %% 5000, '42', '46000' || g,
            'Платья', 'Одежда', 'Лето', 'Коледино', 'Склад WB', 'Москва', 'ЦФО', 'Россия',
            2500, 20, 10, 1800, 2000, 0, false, null
          from generate_series(1, %d) g"""
              .formatted(sid, count));
    }
  }

  /** A Moscow time of yesterday as SQL (Moscow keeps +03:00 all year). */
  private static String yesterdayAt(String time) {
    return "'" + YESTERDAY + " " + time + ":00+03:00'";
  }

  private static String orders(String sid, String srid, String at, String price, String cancelled) {
    return ("insert into orders (cabinet_sid, srid, g_number, order_date, last_change_date, nm_id,"
            + " supplier_article, tech_size, barcode, subject, category, brand, warehouse_name,"
            + " warehouse_type, region_name, oblast_okrug_name, country_name, total_price,"
            + " discount_percent, spp, finished_price, price_with_disc, for_pay, cancelled,"
            + " cancel_date) values ('%s', %s, 'g', %s, %s, 123456, 'PLATYE-01', '42', '4600',"
            + " 'Платья', 'Одежда', 'Лето', 'Коледино', 'Склад WB', 'Москва', 'ЦФО', 'Россия',"
            + " %s, 0, 0, %s, %s, 0, %s, %s)")
        .formatted(
            sid,
            srid,
            at,
            at,
            price,
            price,
            price,
            cancelled,
            cancelled.equals("true") ? at : "null");
  }

  private static String sales(String sid, String saleId, String at, String price, String forPay) {
    return ("insert into sales (cabinet_sid, sale_id, srid, g_number, sale_date, last_change_date,"
            + " nm_id, supplier_article, tech_size, barcode, subject, category, brand,"
            + " warehouse_name, warehouse_type, region_name, oblast_okrug_name, country_name,"
            + " total_price, discount_percent, spp, finished_price, price_with_disc, for_pay)"
            + " values ('%s', '%s', 'it-o1', 'g', %s, %s, 123456, 'PLATYE-01', '42', '4600',"
            + " 'Платья', 'Одежда', 'Лето', 'Коледино', 'Склад WB', 'Москва', 'ЦФО', 'Россия',"
            + " %s, 0, 0, %s, %s, %s)")
        .formatted(sid, saleId, at, at, price, price, price, forPay);
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(ItServer.jdbcUrl(), "postgres", "");
  }

  // --- the API ---------------------------------------------------------------------------------

  private static HttpRequest.Builder withKey(String key, String path) {
    return HttpRequest.newBuilder(at(path)).header("Authorization", "Bearer " + key);
  }

  private static JsonObject requestReport(String key, String format) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("from", YESTERDAY.minusDays(6).toString())
            .add("to", YESTERDAY.plusDays(1).toString())
            .add("format", format)
            .build()
            .toString();
    HttpResponse<String> response =
        call(
            withKey(key, "/api/v1/reports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(202, response.statusCode(), response.body());
    // JAX-RS makes a relative Location absolute against the request.
    assertTrue(
        response.headers().firstValue("Location").orElse("").contains("/api/v1/tasks/"),
        response.headers().map().toString());
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static JsonObject task(String key, String id) throws Exception {
    HttpResponse<String> response = call(withKey(key, "/api/v1/tasks/" + id));
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static long rows(String key, String id) {
    JsonObject task = taskOrNull(key, id);
    return task == null ? -1 : task.getJsonNumber("rows").longValue();
  }

  private static String state(String key, String id) {
    JsonObject task = taskOrNull(key, id);
    return task == null ? "" : task.getString("state");
  }

  /** The task, or null while the server restarts or answers otherwise. */
  private static JsonObject taskOrNull(String key, String id) {
    try {
      HttpResponse<String> response = call(withKey(key, "/api/v1/tasks/" + id));
      return response.statusCode() == 200
          ? Json.createReader(new StringReader(response.body())).readObject()
          : null;
    } catch (Exception notYet) {
      return null;
    }
  }

  private static HttpResponse<byte[]> download(String key, String id) throws Exception {
    return SSE.send(
        withKey(key, "/api/v1/reports/" + id + "/file").timeout(Duration.ofMinutes(2)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** One server-sent event: its id and the task it carried. */
  private record Event(long id, JsonObject task) {}

  /** Reads the task's event stream until the server ends it (after the final state). */
  private static List<Event> follow(String key, String id, Long lastEventId, Duration within)
      throws Exception {
    HttpRequest.Builder request =
        withKey(key, "/api/v1/tasks/" + id + "/events").header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", Long.toString(lastEventId));
    }
    CompletableFuture<List<Event>> read =
        SSE.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
            .thenApply(
                response -> {
                  assertEquals(200, response.statusCode());
                  return events(response.body());
                });
    return read.get(within.toSeconds(), TimeUnit.SECONDS);
  }

  private static List<Event> events(Stream<String> lines) {
    List<Event> events = new ArrayList<>();
    Long id = null;
    StringBuilder data = new StringBuilder();
    for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
      String line = it.next();
      if (line.startsWith("id:")) {
        id = Long.parseLong(line.substring(3).strip());
      } else if (line.startsWith("data:")) {
        data.append(line.substring(5).strip());
      } else if (line.isEmpty() && data.length() > 0) {
        events.add(
            new Event(id, Json.createReader(new StringReader(data.toString())).readObject()));
        data.setLength(0);
      }
    }
    return events;
  }

  private boolean ready() {
    try {
      return call(HttpRequest.newBuilder(at("/health/ready"))).statusCode() == 200;
    } catch (Exception notYet) {
      return false;
    }
  }

  private static void await(BooleanSupplier condition, Duration within, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + within.toSeconds() + " s in vain: " + what);
      }
      // A key may make 120 requests a minute (WB_ASSIST_API_REQUESTS_PER_MINUTE): one a second.
      Thread.sleep(1_000);
    }
  }
}
