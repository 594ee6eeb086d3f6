package com.wbassist.adapter.wb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private long now = 1_000_000_000L;
  private final RequestBudget budget = new RequestBudget(WbSettings.defaults(), () -> now);

  private Optional<Duration> orders(String cabinet) {
    return budget.reserve(cabinet, WbEndpoint.ORDERS, PATIENCE);
  }

  @Test
  @DisplayName(
      "orders allow a burst of 10 at once, then one a minute, each caller queued behind the last")
  void burstThenInterval() {
    for (int i = 0; i < 10; i++) {
      assertEquals(Optional.of(Duration.ZERO), orders("a"));
    }
    assertEquals(Optional.of(Duration.ofMinutes(1)), orders("a"));
    assertEquals(
        Optional.empty(),
        orders("a"),
        "two minutes away is beyond the patience, and takes nothing");
    now += Duration.ofMinutes(1).toNanos();
    assertEquals(Optional.of(Duration.ofMinutes(1)), orders("a"));
  }

  @Test
  @DisplayName("each cabinet and each endpoint has its own budget")
  void perCabinetPerEndpoint() {
    for (int i = 0; i < 10; i++) {
      orders("a");
    }
    assertEquals(Optional.of(Duration.ZERO), orders("b"));
    assertEquals(Optional.of(Duration.ZERO), budget.reserve("a", WbEndpoint.SALES, PATIENCE));
    assertEquals(
        Optional.of(Duration.ofMinutes(1)), budget.reserve("a", WbEndpoint.SALES, PATIENCE));
  }

  @Test
  @DisplayName("a quiet spell refills the burst, never beyond it")
  void refill() {
    for (int i = 0; i < 10; i++) {
      orders("a");
    }
    now += Duration.ofHours(5).toNanos();
    for (int i = 0; i < 10; i++) {
      assertEquals(Optional.of(Duration.ZERO), orders("a"));
    }
    assertEquals(Optional.of(Duration.ofMinutes(1)), orders("a"));
  }

  @Test
  @DisplayName("after a 429 nothing goes out for that cabinet and endpoint before WB's retry time")
  void holdOff() {
    budget.holdOff("a", WbEndpoint.FEEDBACKS, Duration.ofSeconds(2));
    assertEquals(Duration.ofSeconds(2), budget.nextSlotIn("a", WbEndpoint.FEEDBACKS));
    assertEquals(
        Optional.of(Duration.ofSeconds(2)), budget.reserve("a", WbEndpoint.FEEDBACKS, PATIENCE));
    assertEquals(Optional.of(Duration.ZERO), budget.reserve("b", WbEndpoint.FEEDBACKS, PATIENCE));
  }

  @Test
  @DisplayName("an operator can change any endpoint's limit in MP Config")
  void configured() {
    RequestBudget tuned =
        new RequestBudget(
            TestSettings.of(
                Map.of("wb.limit.sales.interval-ms", "2000", "wb.limit.sales.burst", "2")),
            () -> now);
    assertEquals(Optional.of(Duration.ZERO), tuned.reserve("a", WbEndpoint.SALES, PATIENCE));
    assertEquals(Optional.of(Duration.ZERO), tuned.reserve("a", WbEndpoint.SALES, PATIENCE));
    assertEquals(
        Optional.of(Duration.ofSeconds(2)), tuned.reserve("a", WbEndpoint.SALES, PATIENCE));
  }

  @Test
  @DisplayName("limits switched off never wait, but still sit out WB's 429")
  void disabledStillHoldsOff() {
    RequestBudget off =
        new RequestBudget(TestSettings.of(Map.of("wb.limit.enabled", "false")), () -> now);
    off.holdOff("a", WbEndpoint.SALES, Duration.ofSeconds(3));
    assertEquals(Optional.of(Duration.ofSeconds(3)), off.reserve("a", WbEndpoint.SALES, PATIENCE));
  }

  @Test
  @DisplayName("limits switched off never wait")
  void disabled() {
    RequestBudget off =
        new RequestBudget(TestSettings.of(Map.of("wb.limit.enabled", "false")), () -> now);
    for (int i = 0; i < 100; i++) {
      assertEquals(Optional.of(Duration.ZERO), off.reserve("a", WbEndpoint.SALES, PATIENCE));
    }
  }
}
