package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.in.SyncDueCabinets;
import com.wbassist.application.port.in.SyncReport;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncLease;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: one server kept only 20 cabinets on schedule (a batch of 20 per tick, synced one after
 * another). The engine keeps as many passes running as its bound allows and claims more the moment
 * one ends.
 */
class SyncEngineTest {
  private final ExecutorService threads = Executors.newFixedThreadPool(32);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  /** Due cabinets in a queue; a pass takes a few milliseconds, or waits for {@code slow}. */
  private static final class DueCabinets implements SyncDueCabinets {
    final Deque<CabinetId> due = new ArrayDeque<>();
    final List<CabinetId> synced = Collections.synchronizedList(new ArrayList<>());
    final List<CabinetId> released = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicInteger claims = new AtomicInteger();
    final CountDownLatch slow = new CountDownLatch(1);
    final CountDownLatch allSynced;
    CabinetId slowOne;

    DueCabinets(int count) {
      for (int i = 0; i < count; i++) {
        due.add(new CabinetId("cabinet-" + i));
      }
      allSynced = new CountDownLatch(count);
    }

    @Override
    public synchronized List<SyncLease> claimDue(int max) {
      claims.incrementAndGet();
      List<SyncLease> claimed = new ArrayList<>();
      while (claimed.size() < max && !due.isEmpty()) {
        claimed.add(new SyncLease(due.poll(), claims.get(), Instant.EPOCH));
      }
      return claimed;
    }

    @Override
    public Optional<SyncReport> syncClaimed(SyncLease lease) {
      CabinetId cabinet = lease.cabinet();
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        if (cabinet.equals(slowOne)) {
          slow.await(10, TimeUnit.SECONDS);
        } else {
          Thread.sleep(3);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        running.decrementAndGet();
      }
      synced.add(cabinet);
      allSynced.countDown();
      return Optional.empty();
    }

    @Override
    public void release(SyncLease lease) {
      released.add(lease.cabinet());
    }
  }

  @Test
  @DisplayName("every due cabinet is synced, never more at once than the bound, one fill is enough")
  void keepsTheBound() throws Exception {
    DueCabinets cabinets = new DueCabinets(200);
    SyncEngine engine = new SyncEngine(cabinets, threads, 8, report -> {}, () -> true, () -> {});
    engine.fill();
    assertTrue(cabinets.allSynced.await(20, TimeUnit.SECONDS), "synced: " + cabinets.synced.size());
    assertEquals(8, cabinets.mostAtOnce.get(), "as many at once as the bound, no more");
  }

  @Test
  @DisplayName("a long pass holds one place only: the others go on around it")
  void longPassDoesNotHoldBackOthers() throws Exception {
    DueCabinets cabinets = new DueCabinets(60);
    cabinets.slowOne = new CabinetId("cabinet-0");
    SyncEngine engine = new SyncEngine(cabinets, threads, 4, report -> {}, () -> true, () -> {});
    engine.fill();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (cabinets.synced.size() < 59 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(59, cabinets.synced.size(), "all but the long one, while it still runs");
    cabinets.slow.countDown();
    assertTrue(cabinets.allSynced.await(10, TimeUnit.SECONDS));
  }

  @Test
  @DisplayName("no thread for a pass: the cabinet is given back at once, not left leased")
  void refusedHandOff() {
    DueCabinets cabinets = new DueCabinets(3);
    SyncEngine engine =
        new SyncEngine(
            cabinets,
            task -> {
              throw new RejectedExecutionException("pool saturated");
            },
            2,
            report -> {},
            () -> true,
            () -> {});
    engine.fill();
    assertEquals(3, cabinets.released.size(), "each one claimed was given back");
    assertEquals(0, engine.running());
  }

  @Test
  @DisplayName(
      "while background work is held off nothing is synced, and nothing is claimed in a loop")
  void heldOff() throws Exception {
    DueCabinets cabinets = new DueCabinets(5);
    SyncEngine engine =
        new SyncEngine(cabinets, Runnable::run, 2, report -> {}, () -> false, () -> {});
    engine.fill();
    assertEquals(List.of(), cabinets.synced);
    assertTrue(cabinets.claims.get() <= 3, "claims: " + cabinets.claims.get());
  }
}
