package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.app.it.browser.RealBrowser;
import com.wbassist.sandbox.SandboxConfigSource;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The operator's journey in a real browser against the deployed WAR: the console sends a visitor to
 * its login page, refuses a wrong password, lets the operator in, lists a large shop's cabinet,
 * shows its primary sync moving without a reload, re-queues a notification Telegram refused, and
 * draws the last day's charts.
 */
class OperationsConsoleBrowserIT extends OnTheBuiltWar {
  private static final long SELLER = 993001;
  private static final long LARGE_DEMO_SELLER = 993002;
  private static final int ORDERS = 40_000;
  private static final int SALES = 40_000;
  private static final DateTimeFormatter WB_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  @Test
  @DisplayName(
      "an operator logs in, follows a large shop's primary sync live, re-queues a refused notification and sees the charts")
  void operatorsJourney() throws Exception {
    RealBrowser.requireChromium();
    JsonObject base = firstRoundOfTheExampleScenario();
    JsonObject shop =
        postJson(
            "/api/sandbox/shops", "{\"name\":\"ИП Большой магазин\",\"tradeMark\":\"Консоль\"}");
    String sid = shop.getString("sid");
    putJson("/api/sandbox/shops/" + sid + "/wb", largeShop(base).toString());

    try (RealBrowser browser = RealBrowser.open("en")) {
      String step = "login";
      try {
        browser.go(at("/console/").toString());
        browser.waitFor(d -> d.getCurrentUrl().contains("/console/login.html"));
        browser.screenshot("console-login");
        signIn(browser, SandboxConfigSource.SANDBOX_ADMIN_USER, "not-the-password");
        browser.waitFor(d -> d.getCurrentUrl().contains("refused"));
        assertTrue(browser.find(By.id("message")).getText().contains("Wrong user or password"));
        Thread.sleep(1_200); // the throttle's wait after one refused login
        signIn(
            browser,
            SandboxConfigSource.SANDBOX_ADMIN_USER,
            SandboxConfigSource.SANDBOX_ADMIN_PASSWORD);
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/"));
        browser.waitFor(
            d ->
                d.findElement(By.id("caller"))
                    .getText()
                    .equals(SandboxConfigSource.SANDBOX_ADMIN_USER));

        step = "cabinets";
        write(SELLER, "/start");
        write(SELLER, shop.getString("token"));
        browser.go(at("/console/").toString());
        WebElement row =
            browser.waitFor(d -> d.findElement(By.cssSelector("tr[data-sid='" + sid + "']")));
        assertTrue(row.getText().contains("Консоль"), row.getText());
        browser.screenshot("console-cabinets");

        step = "progress";
        row.findElement(By.cssSelector("a.shop")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("cabinet.html?sid=" + sid));
        Set<String> seen = followProgress(browser);
        assertTrue(seen.size() >= 2, "the progress changed on the page without a reload: " + seen);
        browser.waitFor(
            Duration.ofMinutes(3),
            d ->
                "false"
                    .equals(d.findElement(By.id("progress-section")).getAttribute("data-running")));
        browser.waitFor(
            d -> d.findElement(By.cssSelector("#runs tbody")).getText().contains("primary"));

        step = "requeue";
        // Telegram is told to refuse the chat only once the bot said the shop is ready, so the
        // first message it refuses is a notification (which is then given up).
        awaitChat(text -> text.contains("Готово"));
        assertEquals(
            204,
            call(java.net.http.HttpRequest.newBuilder(at("/api/sandbox/chats/" + SELLER + "/block"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
                .statusCode());
        putJson("/api/sandbox/shops/" + sid + "/wb", runningOut(base).toString());
        By failedRow = By.cssSelector("#notifications tr[data-status='FAILED']");
        syncNowUntil(browser, failedRow);
        // The page redraws its tables every 3 s: each look finds the row afresh.
        String deliveryId =
            browser.waitFor(
                d -> fresh(() -> d.findElement(failedRow).getAttribute("data-delivery-id")));
        By attempts =
            By.cssSelector("#notifications tr[data-delivery-id='" + deliveryId + "'] td.attempts");
        By requeue =
            By.cssSelector(
                "#notifications tr[data-delivery-id='" + deliveryId + "'] button.requeue");
        assertEquals("1", browser.waitFor(d -> fresh(() -> d.findElement(attempts).getText())));
        browser.screenshot("console-cabinet-failed");
        browser.waitFor(
            d ->
                fresh(
                    () -> {
                      d.findElement(requeue).click();
                      return true;
                    }));
        browser.waitFor(d -> fresh(() -> d.findElement(attempts).getText().equals("2")));
        assertTrue(browser.find(By.id("requeue-result")).getText().contains("Re-queued"));
        browser.screenshot("console-cabinet");

        step = "charts";
        browser.find(By.linkText("← All cabinets")).click();
        browser.waitFor(d -> d.findElement(By.cssSelector("#chart-syncs canvas")));
        browser.waitFor(d -> seriesTotal(browser, "chart-syncs") > 0);
        browser.waitFor(d -> seriesTotal(browser, "chart-flow") > 0);
        assertEquals(
            24L,
            browser.script(
                "return echarts.getInstanceByDom(document.getElementById('chart-lag'))"
                    + ".getOption().series[0].data.length;"));
        browser.screenshot("console-charts");
      } catch (AssertionError | RuntimeException failure) {
        browser.keepForFailure("console-" + step);
        System.err.println("cabinet: " + call(asAdmin("/api/admin/cabinets/" + sid)).body());
        System.err.println("chat: " + chatText(SELLER));
        throw failure;
      }
    }
  }

  @Test
  @DisplayName(
      "the console follows the primary sync of the sandbox's large demo shop live, without a reload")
  void largeDemoShop() throws Exception {
    RealBrowser.requireChromium();
    JsonObject demo = postJson("/api/sandbox/demo", "{\"size\":\"large\"}");
    String sid = demo.getString("sid");
    try (RealBrowser browser = RealBrowser.open("en")) {
      try {
        browser.go(at("/console/").toString());
        browser.waitFor(d -> d.getCurrentUrl().contains("/console/login.html"));
        signIn(
            browser,
            SandboxConfigSource.SANDBOX_ADMIN_USER,
            SandboxConfigSource.SANDBOX_ADMIN_PASSWORD);
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/"));
        write(LARGE_DEMO_SELLER, "/start");
        write(LARGE_DEMO_SELLER, demo.getString("token"));
        browser.go(at("/console/cabinet.html?sid=" + sid).toString());
        Set<String> seen = followProgress(browser, "console-large-demo");
        assertTrue(
            seen.size() >= 2,
            "the large demo shop's primary sync moved on the page without a reload: " + seen);
      } catch (AssertionError | RuntimeException failure) {
        browser.keepForFailure("console-large-demo");
        throw failure;
      }
    }
  }

  @Test
  @DisplayName("the console speaks Russian to a browser that asks for it")
  void russianLabels() {
    RealBrowser.requireChromium();
    try (RealBrowser browser = RealBrowser.open("ru")) {
      browser.go(at("/console/").toString());
      browser.waitFor(d -> d.getCurrentUrl().contains("/console/login.html"));
      browser.waitFor(d -> d.findElement(By.id("login-button")).getText().equals("Войти"));
      assertEquals("ru", browser.script("return document.documentElement.lang;"));
      browser.screenshot("console-login-ru");
    }
  }

  /**
   * Presses "Sync now" every 10 s until the page shows {@code what}: a pass asked for right after
   * another may find the lease still held and is left to the timer.
   */
  private static void syncNowUntil(RealBrowser browser, By what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < deadline) {
      browser.find(By.id("sync-now")).click();
      for (int look = 0; look < 20; look++) {
        Thread.sleep(500);
        if (!browser.all(what).isEmpty()) {
          return;
        }
      }
    }
    throw new AssertionError("\"Sync now\" brought no " + what + " in three minutes");
  }

  /** What {@code look} finds, or {@code null} when the page redrew the element meanwhile. */
  private static <T> T fresh(java.util.function.Supplier<T> look) {
    try {
      return look.get();
    } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
      return null;
    }
  }

  private static void awaitChat(java.util.function.Predicate<String> seen) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (!seen.test(chatText(SELLER)) && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    assertTrue(seen.test(chatText(SELLER)), chatText(SELLER));
  }

  private static void signIn(RealBrowser browser, String user, String password) {
    WebElement name = browser.find(By.id("username"));
    name.clear();
    name.sendKeys(user);
    browser.find(By.id("password")).sendKeys(password);
    browser.find(By.id("login-button")).click();
  }

  /** Every distinct progress text the page showed while the pass ran, read without a reload. */
  private static Set<String> followProgress(RealBrowser browser) throws InterruptedException {
    return followProgress(browser, "console-progress");
  }

  private static Set<String> followProgress(RealBrowser browser, String screenshot)
      throws InterruptedException {
    Set<String> seen = new LinkedHashSet<>();
    browser.waitFor(
        Duration.ofMinutes(2),
        d -> "true".equals(d.findElement(By.id("progress-section")).getAttribute("data-running")));
    browser.screenshot(screenshot);
    long deadline = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < deadline) {
      WebElement section = browser.driver().findElement(By.id("progress-section"));
      if (!"true".equals(section.getAttribute("data-running"))) {
        break;
      }
      seen.add(browser.driver().findElement(By.id("progress-text")).getText());
      Thread.sleep(150);
    }
    return seen;
  }

  private static double seriesTotal(RealBrowser browser, String chart) {
    Object total =
        browser.script(
            "const o = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();"
                + " return o.series.flatMap(s => s.data).reduce((a, b) => a + Number(b), 0);",
            chart);
    return ((Number) total).doubleValue();
  }

  private static JsonObject firstRoundOfTheExampleScenario() throws Exception {
    try (InputStream file =
        OperationsConsoleBrowserIT.class.getResourceAsStream("/scenarios/order-lifecycle.json")) {
      return Json.createReader(file)
          .readObject()
          .getJsonArray("rounds")
          .getJsonObject(0)
          .getJsonObject("wb");
    }
  }

  /** The example's cards, stocks and reviews, and many orders and sales over the last weeks. */
  private static JsonObject largeShop(JsonObject base) {
    JsonObject order = base.getJsonArray("orders").getJsonObject(0);
    JsonObject sale = base.getJsonArray("sales").getJsonObject(0);
    LocalDateTime now = LocalDateTime.now(MOSCOW).truncatedTo(ChronoUnit.SECONDS);
    JsonArrayBuilder orders = Json.createArrayBuilder();
    for (int i = 0; i < ORDERS; i++) {
      String at = now.minusDays(20).plusSeconds(i * 30L).format(WB_TIME);
      orders.add(
          copy(order)
              .add("srid", "console." + i)
              .add("gNumber", "cg" + i)
              .add("date", at)
              .add("lastChangeDate", at));
    }
    JsonArrayBuilder sales = Json.createArrayBuilder();
    for (int i = 0; i < SALES; i++) {
      String at = now.minusDays(19).plusSeconds(i * 30L).format(WB_TIME);
      sales.add(
          copy(sale)
              .add("saleID", "S" + (9_000_000_000L + i))
              .add("srid", "console." + i)
              .add("gNumber", "cg" + i)
              .add("date", at)
              .add("lastChangeDate", at));
    }
    return copy(base).add("orders", orders).add("sales", sales).build();
  }

  /**
   * WB now holds one order placed a minute ago, and every size down to one piece: the stocks report
   * is read on every pass, so the next pass tells the seller stock is running out.
   */
  private static JsonObject runningOut(JsonObject base) {
    JsonObject order = base.getJsonArray("orders").getJsonObject(0);
    String at = LocalDateTime.now(MOSCOW).minusMinutes(1).format(WB_TIME);
    JsonArrayBuilder stocks = Json.createArrayBuilder();
    base.getJsonArray("stocks")
        .getValuesAs(JsonObject.class)
        .forEach(s -> stocks.add(copy(s).add("quantity", 1)));
    return copy(base)
        .add(
            "orders",
            Json.createArrayBuilder()
                .add(
                    copy(order)
                        .add("srid", "console.new")
                        .add("gNumber", "cg-new")
                        .add("date", at)
                        .add("lastChangeDate", at)))
        .add("sales", Json.createArrayBuilder())
        .add("stocks", stocks)
        .build();
  }

  private static JsonObjectBuilder copy(JsonObject object) {
    return Json.createObjectBuilder(object);
  }
}
