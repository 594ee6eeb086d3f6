package com.wbassist.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.domain.housekeeping.Retention;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The retention settings as housekeeping gets them. */
class HousekeepingSettingsTest {
  private static ProductSettings settings(int marketDays, int staleAfterDays) {
    ProductSettings settings = new ProductSettings();
    settings.retainSyncRunsDays = 21;
    settings.retainNotificationsDays = 45;
    settings.retainMarketDays = marketDays;
    settings.staleAfterDays = staleAfterDays;
    settings.negativeMax = 3;
    settings.criticalStock = 2;
    settings.housekeepingIntervalMinutes = 0;
    return settings;
  }

  @Test
  @DisplayName("each retention is the one given; update ids a day, token attempts their window")
  void asGiven() {
    Retention kept = settings(120, 7).housekeeping().retention();
    assertEquals(Duration.ofDays(21), kept.syncRuns());
    assertEquals(Duration.ofDays(45), kept.notifications());
    assertEquals(Duration.ofDays(120), kept.marketRows());
    assertEquals(Duration.ofDays(1), kept.handledUpdates());
    assertEquals(Duration.ofMinutes(10), kept.tokenAttempts());
  }

  @Test
  @DisplayName("market rows are kept at least WB's 90 days, and at least as long as a row is news")
  void marketFloor() {
    assertEquals(Duration.ofDays(90), settings(30, 7).housekeeping().retention().marketRows());
    assertEquals(Duration.ofDays(100), settings(90, 100).housekeeping().retention().marketRows());
  }

  @Test
  @DisplayName("housekeeping runs at most every minute")
  void interval() {
    assertEquals(Duration.ofMinutes(1), settings(90, 7).housekeepingInterval());
  }
}
