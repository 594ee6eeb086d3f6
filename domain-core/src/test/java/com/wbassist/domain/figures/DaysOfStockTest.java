package com.wbassist.domain.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DaysOfStockTest {

  @Test
  @DisplayName("units left over the orders a day of the last 14 days: 12 left, 28 ordered → 6 days")
  void rate() {
    assertEquals(new BigDecimal("6.0"), DaysOfStock.of(12, 28).orElseThrow());
  }

  @Test
  @DisplayName("cut down to tenths, never rounded up: 10 left, 3 ordered in 14 days → 46.6 days")
  void cutDown() {
    assertEquals(new BigDecimal("46.6"), DaysOfStock.of(10, 3).orElseThrow());
  }

  @Test
  @DisplayName("nothing left lasts 0 days; no recent orders give no figure")
  void edges() {
    assertEquals(new BigDecimal("0.0"), DaysOfStock.of(0, 5).orElseThrow());
    assertTrue(DaysOfStock.of(7, 0).isEmpty());
  }

  @Test
  @DisplayName("the seller reads whole days, and under a day says so")
  void text() {
    assertEquals("на ~6 дней", DaysOfStockText.lasts(new BigDecimal("6.9")));
    assertEquals("на ~1 день", DaysOfStockText.lasts(new BigDecimal("1.0")));
    assertEquals("на ~2 дня", DaysOfStockText.lasts(new BigDecimal("2.5")));
    assertEquals("меньше чем на день", DaysOfStockText.lasts(new BigDecimal("0.9")));
  }
}
