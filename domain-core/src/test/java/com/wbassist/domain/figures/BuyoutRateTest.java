package com.wbassist.domain.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BuyoutRateTest {

  @Test
  @DisplayName("buyouts over finished orders (buyouts + cancellations), whole percent")
  void share() {
    assertEquals(new BigDecimal("75"), BuyoutRate.of(3, 1).orElseThrow());
    assertEquals(new BigDecimal("67"), BuyoutRate.of(2, 1).orElseThrow(), "66.7 rounds up");
    assertEquals(new BigDecimal("100"), BuyoutRate.of(5, 0).orElseThrow());
    assertEquals(new BigDecimal("0"), BuyoutRate.of(0, 4).orElseThrow());
  }

  @Test
  @DisplayName("no finished order gives no figure, not 0 %")
  void nothingFinished() {
    assertTrue(BuyoutRate.of(0, 0).isEmpty());
  }
}
