package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.InMemoryHousekeeping;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.port.in.HousekeepingReport;
import com.wbassist.application.port.out.Prunable;
import com.wbassist.domain.housekeeping.Retention;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Housekeeping prunes what outlived its retention, in batches, within a time budget. */
class HousekeepingTest {
  private static final Instant NOW = Instant.parse("2026-11-18T03:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);
  private static final HousekeepingPolicy SMALL_BATCHES =
      new HousekeepingPolicy(Retention.defaults(), 100, Duration.ofMinutes(2));

  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryHousekeeping stored = new InMemoryHousekeeping();
  private final AtomicBoolean running = new AtomicBoolean(true);

  private HousekeepingReport run(HousekeepingPolicy policy) {
    return new HousekeepingService(stored, policy, clock, running::get).pruneOldRows();
  }

  private static Instant ago(Duration age) {
    return NOW.minus(age);
  }

  @Test
  @DisplayName("each kind is pruned once older than its retention; younger rows stay")
  void byRetention() {
    stored
        .stored(Prunable.PROCESSED_UPDATES, ago(DAY.plusMinutes(1)), 3)
        .stored(Prunable.PROCESSED_UPDATES, ago(DAY.minusMinutes(1)), 2)
        .stored(Prunable.SYNC_RUNS, ago(DAY.multipliedBy(15)), 4)
        .stored(Prunable.SYNC_RUNS, ago(DAY.multipliedBy(13)), 1)
        .stored(Prunable.NOTIFICATION_DELIVERIES, ago(DAY.multipliedBy(31)), 5)
        .stored(Prunable.NOTIFICATION_DELIVERIES, ago(DAY.multipliedBy(29)), 6)
        .stored(Prunable.ORDERS, ago(DAY.multipliedBy(91)), 7)
        .stored(Prunable.ORDERS, ago(DAY.multipliedBy(89)), 8)
        .stored(Prunable.TOKEN_ATTEMPTS, ago(Duration.ofMinutes(10)), 1)
        .stored(Prunable.TOKEN_ATTEMPTS, ago(Duration.ofMinutes(9)), 1);

    HousekeepingReport report = run(HousekeepingPolicy.defaults());

    assertEquals(3, report.pruned().of(Prunable.PROCESSED_UPDATES));
    assertEquals(4, report.pruned().of(Prunable.SYNC_RUNS));
    assertEquals(5, report.pruned().of(Prunable.NOTIFICATION_DELIVERIES));
    assertEquals(7, report.pruned().of(Prunable.ORDERS));
    assertEquals(1, report.pruned().of(Prunable.TOKEN_ATTEMPTS));
    assertEquals(2, stored.left(Prunable.PROCESSED_UPDATES));
    assertEquals(1, stored.left(Prunable.SYNC_RUNS));
    assertEquals(6, stored.left(Prunable.NOTIFICATION_DELIVERIES));
    assertEquals(8, stored.left(Prunable.ORDERS));
    assertEquals(1, stored.left(Prunable.TOKEN_ATTEMPTS));
    assertTrue(report.finished());
    assertEquals(1, report.batches());
  }

  @Test
  @DisplayName("a backlog goes batch after batch, until a batch is not full")
  void batchAfterBatch() {
    stored.stored(Prunable.ORDERS, ago(DAY.multipliedBy(100)), 250);
    stored.stored(Prunable.PROCESSED_UPDATES, ago(DAY.multipliedBy(2)), 30);

    HousekeepingReport report = run(SMALL_BATCHES);

    assertEquals(3, report.batches(), "100 + 100 + 50 orders");
    assertEquals(250, report.pruned().of(Prunable.ORDERS));
    assertEquals(30, report.pruned().of(Prunable.PROCESSED_UPDATES));
    assertEquals(0, stored.left(Prunable.ORDERS));
    assertTrue(report.finished());
  }

  @Test
  @DisplayName("a full last batch costs one more, empty, batch to be sure")
  void exactBatch() {
    stored.stored(Prunable.SALES, ago(DAY.multipliedBy(100)), 200);

    HousekeepingReport report = run(SMALL_BATCHES);

    assertEquals(3, report.batches());
    assertTrue(report.finished());
  }

  @Test
  @DisplayName("a run ends when its time budget is spent, and the next run goes on")
  void timeBudget() {
    stored.stored(Prunable.FEEDBACKS, ago(DAY.multipliedBy(100)), 1_000);
    stored.beforeEachBatch(() -> clock.advance(Duration.ofSeconds(50)));

    HousekeepingReport first = run(SMALL_BATCHES);

    assertFalse(first.finished());
    assertEquals(3, first.batches(), "50 s a batch: the third ends past the two minutes");
    assertEquals(700, stored.left(Prunable.FEEDBACKS));

    HousekeepingReport second = run(SMALL_BATCHES);
    assertEquals(300, second.pruned().of(Prunable.FEEDBACKS));
  }

  @Test
  @DisplayName("what is old is decided once, at the start of a run")
  void oneNowPerRun() {
    stored.stored(Prunable.ORDERS, ago(DAY.multipliedBy(100)), 250);
    stored.beforeEachBatch(() -> clock.advance(Duration.ofSeconds(1)));

    run(SMALL_BATCHES);

    assertEquals(3, stored.asked().size());
    assertTrue(stored.asked().stream().allMatch(NOW::equals), stored.asked().toString());
  }

  @Test
  @DisplayName("a stopping application ends the run after the batch at hand")
  void stopsWithTheApplication() {
    stored.stored(Prunable.ORDERS, ago(DAY.multipliedBy(100)), 1_000);
    stored.beforeEachBatch(() -> running.set(false));

    HousekeepingReport report = run(SMALL_BATCHES);

    assertEquals(1, report.batches());
    assertFalse(report.finished());
  }

  @Test
  @DisplayName("a run's per-stream rows follow their runs: they never ask for another batch")
  void streamRowsAreNotBatched() {
    stored.stored(Prunable.SYNC_RUN_STREAMS, ago(DAY.multipliedBy(20)), 500);

    HousekeepingReport report = run(SMALL_BATCHES);

    assertEquals(1, report.batches());
    assertEquals(500, report.pruned().of(Prunable.SYNC_RUN_STREAMS));
  }
}
