package com.wbassist.application.contract;

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
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncLease;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the delivery queue owes a seller whose news was held up (issue 11): their deliveries come
 * one at a time, oldest first, whatever failed in between; and given-up deliveries of a cabinet can
 * be put back. Kept by the in-memory fake and the database alike.
 */
public abstract class DeliveryQueueContract {
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000d1");
  private static final CabinetId OTHER = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000d2");

  private StoragePorts storage;

  /** Fresh ports on an empty storage. */
  protected abstract StoragePorts emptyStorage();

  @BeforeEach
  void openStorage() {
    storage = emptyStorage();
  }

  /** Orders of {@code cabinet} for the one seller {@code telegramId}, expanded into deliveries. */
  private void ordersFor(CabinetId cabinet, long telegramId, String... srids) {
    storage
        .cabinets()
        .save(
            Cabinet.connect(
                cabinet, "Лето", new ApiToken("eyJ.t.s"), NOW.plus(Duration.ofDays(90)), NOW));
    storage
        .sellers()
        .save(
            Seller.newcomer(telegramId, telegramId + 1_000_000_000_000L, "Анна")
                .linkedTo(cabinet, true, NOW));
    SyncLease lease = storage.cabinets().claim(cabinet, NOW, LEASE).orElseThrow();
    storage
        .orders()
        .store(
            new StreamBatch<>(
                lease,
                List.of(),
                Optional.empty(),
                java.util.Arrays.stream(srids)
                    .<MarketEvent>map(srid -> new OrderPlaced(cabinet, order(srid).build()))
                    .toList(),
                NOW));
    storage.cabinets().release(lease);
    for (OutboxEvent event : storage.outbox().claimUnexpanded(10, NOW, LEASE)) {
      storage.outbox().expand(event.id(), List.of(telegramId), NOW);
    }
  }

  private List<String> keys(List<PendingDelivery> pending) {
    return pending.stream().map(p -> p.event().event().key()).toList();
  }

  @Test
  @DisplayName("a seller's deliveries are claimed one at a time, oldest first, after a failure too")
  void oneAtATimeInOrder() {
    ordersFor(SHOP, 1, "A", "B", "C");
    List<PendingDelivery> first = storage.deliveries().claimPending(10, NOW, LEASE);
    assertEquals(List.of("A"), keys(first), "only the oldest");
    storage.deliveries().markFailed(first.get(0).id(), "timeout", NOW.plusSeconds(60), NOW);
    assertEquals(
        List.of(),
        storage.deliveries().claimPending(10, NOW.plusSeconds(30), LEASE),
        "B waits for A's retry rather than overtaking it");
    List<PendingDelivery> retried =
        storage.deliveries().claimPending(10, NOW.plusSeconds(60), LEASE);
    assertEquals(List.of("A"), keys(retried));
    storage.deliveries().markSent(retried.get(0).id(), 1, NOW.plusSeconds(60));
    assertEquals(
        List.of("B"), keys(storage.deliveries().claimPending(10, NOW.plusSeconds(61), LEASE)));
  }

  @Test
  @DisplayName("given-up deliveries of one cabinet are put back, due now; other cabinets' stay")
  void requeue() {
    ordersFor(SHOP, 1, "A");
    ordersFor(OTHER, 2, "X");
    for (PendingDelivery delivery : storage.deliveries().claimPending(10, NOW, LEASE)) {
      storage.deliveries().markFailed(delivery.id(), "gave up", null, NOW);
    }
    assertEquals(List.of(), storage.deliveries().claimPending(10, NOW.plusSeconds(600), LEASE));
    Instant later = NOW.plusSeconds(3600);
    assertEquals(1, storage.deliveries().requeueFailed(SHOP, later));
    assertEquals(List.of("A"), keys(storage.deliveries().claimPending(10, later, LEASE)));
    assertEquals(0, storage.deliveries().requeueFailed(SHOP, later), "nothing failed any more");
  }

  @Test
  @DisplayName(
      "one given-up delivery is put back by its id, only as its own cabinet's and only if it failed")
  void requeueOne() {
    ordersFor(SHOP, 1, "A");
    ordersFor(OTHER, 2, "X");
    List<PendingDelivery> claimed = storage.deliveries().claimPending(10, NOW, LEASE);
    PendingDelivery a = claimed.stream().filter(p -> p.telegramId() == 1).findFirst().orElseThrow();
    PendingDelivery x = claimed.stream().filter(p -> p.telegramId() == 2).findFirst().orElseThrow();
    storage.deliveries().markFailed(a.id(), "gave up", null, NOW);
    storage.deliveries().markSent(x.id(), 7, NOW);
    Instant later = NOW.plusSeconds(3600);

    assertEquals(false, storage.deliveries().requeueFailed(OTHER, a.id(), later), "not OTHER's");
    assertEquals(false, storage.deliveries().requeueFailed(OTHER, x.id(), later), "it was sent");
    assertEquals(true, storage.deliveries().requeueFailed(SHOP, a.id(), later));
    assertEquals(List.of("A"), keys(storage.deliveries().claimPending(10, later, LEASE)));
    assertEquals(false, storage.deliveries().requeueFailed(SHOP, a.id(), later), "pending now");
  }
}
