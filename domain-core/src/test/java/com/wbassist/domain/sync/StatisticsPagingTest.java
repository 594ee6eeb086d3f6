package com.wbassist.domain.sync;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatisticsPagingTest {
  private final StatisticsPaging paging = new StatisticsPaging(3);
  private final Instant t1 = moscow("2026-11-18T09:00:00");
  private final Instant t2 = moscow("2026-11-18T09:10:00");
  private final Instant t3 = moscow("2026-11-18T09:20:00");

  @Test
  @DisplayName("a full page that brought new rows continues from its last row's lastChangeDate")
  void fullPageContinues() {
    assertEquals(Optional.of(t3), paging.nextDateFrom(List.of(t1, t2, t3), true));
  }

  @Test
  @DisplayName("a page shorter than the limit ends the stream")
  void shortPageEnds() {
    assertEquals(Optional.empty(), paging.nextDateFrom(List.of(t1, t2), true));
    assertEquals(Optional.empty(), paging.nextDateFrom(List.of(), true));
  }

  @Test
  @DisplayName(
      "a full page with no row unseen in this pass ends the stream (boundary rows cannot loop it)")
  void noNewRowEnds() {
    assertEquals(Optional.empty(), paging.nextDateFrom(List.of(t3, t3, t3), false));
  }

  @Test
  @DisplayName("the watermark only moves forward")
  void watermark() {
    assertEquals(Optional.of(t3), StatisticsPaging.advance(Optional.of(t2), List.of(t1, t3)));
    assertEquals(Optional.of(t2), StatisticsPaging.advance(Optional.of(t2), List.of(t1)));
    assertEquals(Optional.of(t2), StatisticsPaging.advance(Optional.empty(), List.of(t1, t2)));
    assertEquals(Optional.empty(), StatisticsPaging.advance(Optional.empty(), List.of()));
  }

  @Test
  @DisplayName(
      "paging starts at the watermark, or at the start of the primary window when nothing is stored")
  void dateFrom() {
    SyncPolicy policy = SyncPolicy.defaults();
    Instant now = moscow("2026-11-18T09:30:00");
    assertEquals(t2, policy.statisticsDateFrom(Optional.of(t2), now));
    assertEquals(now.minus(Duration.ofDays(30)), policy.statisticsDateFrom(Optional.empty(), now));
  }

  @Test
  @DisplayName("the primary window is at most 90 days")
  void windowLimit() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> new SyncPolicy(Duration.ofDays(91), 80_000, 1000, 100));
  }
}
