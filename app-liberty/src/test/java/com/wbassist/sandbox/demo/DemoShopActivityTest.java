package com.wbassist.sandbox.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoShopActivityTest {
  @Test
  @DisplayName(
      "a demo shop grows orders every step, and over time buyouts, returns, cancellations, reviews and low stock")
  void lives() {
    DemoShopActivity shop = new DemoShopActivity(42);
    Instant now = Instant.parse("2026-11-21T08:00:00Z");
    JsonObject state = shop.step(now);
    int firstOrders = state.getJsonArray("orders").size();
    assertTrue(firstOrders >= 1);
    for (int i = 1; i <= 60; i++) {
      state = shop.step(now.plusSeconds(30L * i));
    }
    assertTrue(state.getJsonArray("orders").size() > firstOrders);
    assertTrue(
        state.getJsonArray("sales").getValuesAs(JsonObject.class).stream()
            .anyMatch(s -> s.getString("saleID").startsWith("S")));
    assertTrue(
        state.getJsonArray("sales").getValuesAs(JsonObject.class).stream()
            .anyMatch(s -> s.getString("saleID").startsWith("R") && s.getInt("priceWithDisc") < 0),
        "returns carry negative money, like WB's");
    assertTrue(
        state.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
            .anyMatch(o -> o.getBoolean("isCancel")));
    assertTrue(state.getJsonArray("feedbacks").size() + state.getJsonArray("archive").size() > 0);
    assertTrue(
        state.getJsonArray("stocks").getValuesAs(JsonObject.class).stream()
            .anyMatch(s -> s.getInt("quantity") <= 2));
    assertEquals(3, state.getJsonArray("cards").size());
  }

  @Test
  @DisplayName("the same seed tells the same story")
  void deterministic() {
    Instant now = Instant.parse("2026-11-21T08:00:00Z");
    assertEquals(new DemoShopActivity(7).step(now), new DemoShopActivity(7).step(now));
  }
}
