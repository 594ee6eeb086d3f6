package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.out.LeaseLostException;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.sync.SyncLease;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The lease is checked in the page's own transaction, not before it: a page of a pass whose lease
 * ran out and a claim by another server, at the same moment, never both succeed — either the page
 * is stored and renewed the lease (the claim finds the cabinet held), or the claim came first and
 * the page stores nothing.
 */
class LeaseFenceRaceTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("raced-shop");
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final Duration LEASE = Duration.ofMinutes(30);

  @Test
  @DisplayName(
      "a late page and another server's claim at once: exactly one of them wins, twenty times over")
  void pageOrClaimNeverBoth() throws Exception {
    adapters
        .cabinets()
        .save(Cabinet.connect(SHOP, "Гонка", new ApiToken("eyJ.race.sig"), NOW.plus(LEASE), NOW));
    List<Order> page = BenchmarkOrders.generate(2_000, 3);
    ExecutorService servers = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        Instant start = NOW.plus(LEASE.multipliedBy(3L * round));
        SyncLease a = adapters.cabinets().claim(SHOP, start, LEASE).orElseThrow();
        Instant late = a.until().plusSeconds(1);
        CountDownLatch go = new CountDownLatch(1);
        Future<Boolean> stored =
            servers.submit(
                () -> {
                  go.await();
                  try {
                    adapters
                        .orders()
                        .store(
                            new StreamBatch<>(
                                a.renewedUntil(late.plus(LEASE)),
                                page,
                                Optional.empty(),
                                List.of(),
                                late));
                    return true;
                  } catch (LeaseLostException lost) {
                    return false;
                  }
                });
        Future<List<SyncLease>> claimed =
            servers.submit(
                () -> {
                  go.await();
                  return adapters.cabinets().claimDue(late, Duration.ZERO, LEASE, 1);
                });
        go.countDown();
        boolean pageStored = stored.get();
        boolean takenOver = !claimed.get().isEmpty();
        assertEquals(
            1,
            (pageStored ? 1 : 0) + (takenOver ? 1 : 0),
            "round " + round + ": page stored " + pageStored + ", taken over " + takenOver);
        SyncLease holder = takenOver ? claimed.get().get(0) : a;
        adapters.cabinets().release(holder);
        db.execute("delete from orders");
      }
    } finally {
      servers.shutdownNow();
    }
  }
}
