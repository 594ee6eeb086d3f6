package com.wbassist.sandbox.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shop panel's happenings: each changes what WB holds so the next sync can tell it. */
class DemoHappeningsTest {
  private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
  private final DemoShopActivity shop = new DemoShopActivity(42, 2);

  private List<JsonObject> rows(String list) {
    return shop.state().getJsonArray(list).getValuesAs(JsonObject.class);
  }

  @Test
  @DisplayName("a new order is one more order, dated now, not cancelled")
  void order() {
    int before = rows("orders").size();
    String happened = shop.happen(DemoHappening.ORDER, NOW);
    List<JsonObject> orders = rows("orders");
    assertEquals(before + 1, orders.size());
    JsonObject newest = orders.get(orders.size() - 1);
    assertEquals("2026-11-21T11:00", newest.getString("date"), "Moscow time, as WB writes");
    assertTrue(!newest.getBoolean("isCancel"));
    assertTrue(happened.startsWith("новый заказ: "), happened);
  }

  @Test
  @DisplayName("a cancellation cancels the newest order still standing, changed now")
  void cancellation() {
    shop.happen(DemoHappening.ORDER, NOW);
    shop.happen(DemoHappening.CANCELLATION, NOW.plusSeconds(60));
    JsonObject newest = rows("orders").get(rows("orders").size() - 1);
    assertTrue(newest.getBoolean("isCancel"));
    assertEquals("2026-11-21T11:01", newest.getString("lastChangeDate"));
  }

  @Test
  @DisplayName("a cancellation with every order cancelled makes one to cancel")
  void cancellationOfNothing() {
    String happened = shop.happen(DemoHappening.CANCELLATION, NOW);
    assertEquals(1, rows("orders").size());
    assertTrue(rows("orders").get(0).getBoolean("isCancel"));
    assertTrue(happened.startsWith("отмена: "), happened);
  }

  @Test
  @DisplayName("a buyout is a sale S…, a return a sale R… with negative money, like WB's")
  void buyoutAndReturn() {
    shop.happen(DemoHappening.ORDER, NOW);
    shop.happen(DemoHappening.BUYOUT, NOW);
    shop.happen(DemoHappening.RETURN, NOW);
    List<JsonObject> sales = rows("sales");
    assertEquals(2, sales.size());
    assertTrue(sales.get(0).getString("saleID").startsWith("S"));
    assertTrue(sales.get(0).getInt("priceWithDisc") > 0);
    assertTrue(sales.get(1).getString("saleID").startsWith("R"));
    assertTrue(sales.get(1).getInt("priceWithDisc") < 0);
  }

  @Test
  @DisplayName("a bad review has 1 to 3 stars and a text, so it is a review the bot tells")
  void badReview() {
    for (int i = 0; i < 10; i++) {
      shop.happen(DemoHappening.BAD_REVIEW, NOW);
    }
    List<JsonObject> reviews = rows("feedbacks");
    assertEquals(10, reviews.size());
    assertTrue(reviews.stream().allMatch(r -> r.getInt("productValuation") <= 3));
    assertTrue(reviews.stream().noneMatch(r -> r.getString("text").isEmpty()));
  }

  @Test
  @DisplayName(
      "stock running out takes one size from above the critical level to at or below it, the"
          + " others untouched")
  void stockOut() {
    Map<String, Integer> before = stock();
    shop.happen(DemoHappening.STOCK_OUT, NOW);
    Map<String, Integer> after = stock();
    List<String> changed =
        before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
    assertEquals(1, changed.size());
    assertTrue(before.get(changed.get(0)) > 2);
    assertTrue(after.get(changed.get(0)) <= 2);
  }

  @Test
  @DisplayName(
      "a large shop's past: thousands of orders over the window, most bought out, and reviews")
  void largeHistory() {
    DemoShopActivity large = new DemoShopActivity(1, 2);
    large.history(NOW, Duration.ofDays(28), 6_000, 400);
    JsonObject state = large.state();
    List<JsonObject> orders = state.getJsonArray("orders").getValuesAs(JsonObject.class);
    assertEquals(6_000, orders.size());
    LocalDateTime earliest = LocalDateTime.parse("2026-10-24T11:00");
    assertTrue(
        orders.stream()
            .allMatch(o -> !LocalDateTime.parse(o.getString("date")).isBefore(earliest)));
    int sales = state.getJsonArray("sales").size();
    assertTrue(sales > 3_000 && sales < 4_000, "about 60 % bought out: " + sales);
    assertEquals(300, state.getJsonArray("feedbacks").size());
    assertEquals(100, state.getJsonArray("archive").size(), "rating-only reviews");
  }

  @Test
  @DisplayName("an unknown happening is refused, naming the known ones")
  void unknown() {
    var refused = assertThrows(IllegalArgumentException.class, () -> DemoHappening.of("flood"));
    assertTrue(refused.getMessage().contains("order, cancellation, buyout, return"));
    assertEquals(DemoHappening.BAD_REVIEW, DemoHappening.of("bad-review"));
  }

  @Test
  @DisplayName("a demo shop is small unless asked large; any other size is refused")
  void sizes() {
    assertEquals(DemoSize.SMALL, DemoSize.of(""));
    assertEquals(DemoSize.SMALL, DemoSize.of("{}"));
    assertEquals(DemoSize.LARGE, DemoSize.of("{\"size\":\"large\"}"));
    assertThrows(IllegalArgumentException.class, () -> DemoSize.of("{\"size\":\"huge\"}"));
    assertThrows(IllegalArgumentException.class, () -> DemoSize.of("not json"));
  }

  private Map<String, Integer> stock() {
    return rows("stocks").stream()
        .collect(
            Collectors.toMap(s -> s.getJsonNumber("chrtId").toString(), s -> s.getInt("quantity")));
  }
}
