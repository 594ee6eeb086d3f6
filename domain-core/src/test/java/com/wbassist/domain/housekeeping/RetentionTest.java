package com.wbassist.domain.housekeeping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.wbassist.domain.token.TokenAttemptLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionTest {
  private static final Instant NOW = Instant.parse("2026-11-18T07:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  @Test
  @DisplayName("by default: a day of update ids, 14 days of runs, 30 of notifications, 90 of rows")
  void defaults() {
    Retention retention = Retention.defaults();
    assertEquals(NOW.minus(DAY), retention.handledUpdatesBefore(NOW));
    assertEquals(NOW.minus(DAY.multipliedBy(14)), retention.syncRunsBefore(NOW));
    assertEquals(NOW.minus(DAY.multipliedBy(30)), retention.notificationsBefore(NOW));
    assertEquals(NOW.minus(DAY.multipliedBy(90)), retention.marketRowsBefore(NOW));
  }

  @Test
  @DisplayName("token attempts are pruned where the attempt limit stops counting them")
  void tokenAttemptsFollowTheLimit() {
    assertEquals(
        TokenAttemptLimit.FIVE_IN_TEN_MINUTES.forgottenUpTo(NOW),
        Retention.defaults().tokenAttemptsUpTo(NOW));
  }

  @Test
  @DisplayName("market rows are never kept less than WB's 90 days")
  void notBelowWbHistory() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Retention(DAY, DAY, DAY, DAY.multipliedBy(89), DAY));
    assertEquals(
        DAY.multipliedBy(90), Retention.marketRowsKept(DAY.multipliedBy(30), DAY.multipliedBy(7)));
  }

  @Test
  @DisplayName("market rows are kept at least as long as a row stays news, and longer when asked")
  void notBelowStaleness() {
    assertEquals(
        DAY.multipliedBy(120),
        Retention.marketRowsKept(DAY.multipliedBy(90), DAY.multipliedBy(120)));
    assertEquals(
        DAY.multipliedBy(365),
        Retention.marketRowsKept(DAY.multipliedBy(365), DAY.multipliedBy(7)));
  }

  @Test
  @DisplayName("every retention must be positive")
  void positive() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Retention(Duration.ZERO, DAY, DAY, DAY.multipliedBy(90), DAY));
  }
}
