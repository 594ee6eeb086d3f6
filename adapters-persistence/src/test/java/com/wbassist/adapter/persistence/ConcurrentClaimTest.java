package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.PendingDelivery;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.OrderPlaced;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Several servers on one database: claims made at the same moment never share a row. */
class ConcurrentClaimTest extends DatabaseTest {
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final int CLAIMERS = 6;

  @Test
  @DisplayName(
      "concurrent claimDue calls share out the due cabinets: each one to exactly one claimer")
  void claimDue() throws Exception {
    IntStream.range(0, 60).forEach(i -> adapters.cabinets().save(cabinet("shop-" + i)));
    List<String> claimed =
        race(
            () ->
                adapters.cabinets().claimDue(NOW, Duration.ZERO, LEASE, 4).stream()
                    .map(lease -> lease.cabinet().sid())
                    .toList());
    assertEquals(60, claimed.size(), "every cabinet claimed once: " + claimed);
    assertEquals(60, new HashSet<>(claimed).size());
  }

  @Test
  @DisplayName("claiming one cabinet at the same moment: exactly one claimer gets it")
  void claimOne() throws Exception {
    adapters.cabinets().save(cabinet("contested"));
    ConcurrentLinkedQueue<Boolean> results = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < CLAIMERS; i++) {
      done.add(
          pool.submit(
              () -> {
                start.await();
                return results.add(
                    adapters.cabinets().claim(new CabinetId("contested"), NOW, LEASE).isPresent());
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertEquals(1, results.stream().filter(b -> b).count());
  }

  @Test
  @DisplayName("concurrent dispatchers claim each outbox event and each delivery once")
  void outboxAndDeliveries() throws Exception {
    CabinetId shop = new CabinetId("shop");
    List<MarketEvent> events =
        IntStream.range(0, 120)
            .mapToObj(i -> (MarketEvent) new OrderPlaced(shop, order("o" + i).build()))
            .toList();
    adapters
        .orders()
        .store(new StreamBatch<>(leaseOf(shop), List.of(), Optional.empty(), events, NOW));
    List<Long> claimedEvents =
        race(
            () ->
                adapters.outbox().claimUnexpanded(7, NOW, LEASE).stream()
                    .map(OutboxEvent::id)
                    .toList());
    assertEquals(120, new HashSet<>(claimedEvents).size());
    assertEquals(120, claimedEvents.size());
    // Two sellers of their own per event: a seller's deliveries are claimed one at a time
    // (DeliveryQueueContract), so here every delivery is claimable at once.
    for (long id : claimedEvents) {
      adapters.outbox().expand(id, List.of(id * 2, id * 2 + 1), NOW);
    }
    List<Long> claimedDeliveries =
        race(
            () ->
                adapters.deliveries().claimPending(9, NOW, LEASE).stream()
                    .map(PendingDelivery::id)
                    .toList());
    assertEquals(240, claimedDeliveries.size());
    assertEquals(240, new HashSet<>(claimedDeliveries).size());
  }

  /** Claimers start together and claim until a claim comes back empty; returns all they got. */
  private static <T> List<T> race(Supplier<Collection<T>> claim) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
    List<Future<List<T>>> claimers = new ArrayList<>();
    for (int i = 0; i < CLAIMERS; i++) {
      Callable<List<T>> claimer =
          () -> {
            start.await();
            List<T> mine = new ArrayList<>();
            Collection<T> got;
            while (!(got = claim.get()).isEmpty()) {
              mine.addAll(got);
            }
            return mine;
          };
      claimers.add(pool.submit(claimer));
    }
    start.countDown();
    List<T> all = new ArrayList<>();
    for (Future<List<T>> claimer : claimers) {
      all.addAll(claimer.get());
    }
    pool.shutdown();
    return all;
  }

  private static Cabinet cabinet(String sid) {
    return Cabinet.connect(new CabinetId(sid), sid, new ApiToken("token-" + sid), null, NOW);
  }
}
