package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyncRunLogTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("runs-shop");
  private static final Instant NOW = moscow("2026-11-18T10:00:00");

  @Test
  @DisplayName(
      "an operator's cancel reaches the running pass, by run or by cabinet; a finished run cannot be cancelled")
  void cancel() {
    long run = adapters.syncRuns().started(SHOP, SyncKind.PRIMARY, NOW);
    assertFalse(adapters.syncRuns().cancelRequested(run));
    assertTrue(adapters.requestSyncCancel(run));
    assertTrue(adapters.syncRuns().cancelRequested(run));
    adapters.syncRuns().finished(run, NOW.plusSeconds(5), "cancelled");
    assertFalse(adapters.requestSyncCancel(run));
    long next = adapters.syncRuns().started(SHOP, SyncKind.INCREMENTAL, NOW.plusSeconds(10));
    assertEquals(1, adapters.requestSyncCancel(SHOP));
    assertTrue(adapters.syncRuns().cancelRequested(next));
  }

  @Test
  @DisplayName("each stream's rows or error is recorded with the run")
  void streams() {
    long run = adapters.syncRuns().started(SHOP, SyncKind.INCREMENTAL, NOW);
    adapters.syncRuns().streamFinished(run, SyncStream.ORDERS, 1234);
    adapters.syncRuns().streamFailed(run, SyncStream.SALES, "WB 503");
    adapters.syncRuns().finished(run, NOW.plusSeconds(9), "SALES: WB 503");
    assertEquals(1234L, query("select rows from sync_run_streams where stream = 'ORDERS'"));
    assertEquals("WB 503", query("select error from sync_run_streams where stream = 'SALES'"));
    assertEquals("SALES: WB 503", query("select error from sync_runs"));
  }

  @Test
  @DisplayName(
      "the seconds a stream stepped past with rows possibly missed are kept with the stream, in Moscow time")
  void possiblyMissed() {
    long run = adapters.syncRuns().started(SHOP, SyncKind.INCREMENTAL, NOW);
    adapters.syncRuns().possiblyMissed(run, SyncStream.ORDERS, moscow("2026-11-18T09:10:00"));
    adapters.syncRuns().possiblyMissed(run, SyncStream.ORDERS, moscow("2026-11-18T09:10:01"));
    adapters.syncRuns().streamFinished(run, SyncStream.ORDERS, 80_000);
    adapters.syncRuns().finished(run, NOW.plusSeconds(9), null);
    assertEquals(
        "2026-11-18T09:10:00 МСК, 2026-11-18T09:10:01 МСК",
        query("select possibly_missed from sync_run_streams where stream = 'ORDERS'"));
    assertEquals(80_000L, query("select rows from sync_run_streams where stream = 'ORDERS'"));
    assertEquals(null, query("select error from sync_runs"), "the run itself went well");
  }

  @Test
  @DisplayName("the progress shown is the newest unfinished run's")
  void newestUnfinished() {
    long old = adapters.syncRuns().started(SHOP, SyncKind.PRIMARY, NOW);
    adapters.syncRuns().finished(old, NOW.plusSeconds(1), "failed");
    long run = adapters.syncRuns().started(SHOP, SyncKind.PRIMARY, NOW.plusSeconds(2));
    SyncProgress progress =
        SyncProgress.starting().streamDone(10).within(SyncStream.ORDERS, 0.25, 500);
    adapters.syncRuns().progressed(run, leaseOf(SHOP), progress);
    assertEquals(Optional.of(progress), adapters.syncRuns().currentProgress(SHOP));
    assertTrue(run > old);
  }
}
