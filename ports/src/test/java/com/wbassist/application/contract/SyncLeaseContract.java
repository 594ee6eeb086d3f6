package com.wbassist.application.contract;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static com.wbassist.domain.testdata.MarketRows.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.LeaseLostException;
import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.PassOutcome;
import com.wbassist.application.port.out.StockBatch;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Leases that fence (issue 12): every claim of a cabinet names a new owner (a higher epoch), and
 * only the owner's lease renews, releases, or lets a pass write — checked in the write's own
 * transaction, so a pass that outlived its lease cannot write beside the pass that took the cabinet
 * over. Kept by the in-memory fakes and the database alike.
 */
public abstract class SyncLeaseContract {
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-00000000fe11");
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final Duration LEASE = Duration.ofMinutes(30);

  private StoragePorts storage;

  /** Fresh ports on an empty storage. */
  protected abstract StoragePorts emptyStorage();

  @BeforeEach
  void aShop() {
    storage = emptyStorage();
    storage.cabinets().save(shop());
  }

  private static Cabinet shop() {
    return Cabinet.connect(
        SHOP, "Лето", new ApiToken("eyJ.lease.sig"), NOW.plus(Duration.ofDays(90)), NOW);
  }

  /** Server A's claim. */
  private SyncLease claimedByA() {
    return storage.cabinets().claim(SHOP, NOW, LEASE).orElseThrow();
  }

  /** Server B takes the cabinet over once A's lease ran out. */
  private SyncLease takenOverByB(SyncLease a) {
    List<SyncLease> claimed =
        storage.cabinets().claimDue(a.until().plusSeconds(1), Duration.ZERO, LEASE, 10);
    assertEquals(1, claimed.size(), "B claims the cabinet whose lease ran out");
    return claimed.get(0);
  }

  private void storeOrder(SyncLease lease, String srid, String changed) {
    Order row = order(srid).changed(changed).build();
    storage
        .orders()
        .store(
            new StreamBatch<>(
                lease,
                List.of(row),
                Optional.of(moscow(changed)),
                List.of(new OrderPlaced(SHOP, row)),
                NOW));
  }

  private List<String> eventKeys() {
    return storage.outbox().claimUnexpanded(10, NOW, LEASE).stream()
        .map(OutboxEvent::event)
        .map(e -> e.key())
        .toList();
  }

  @Test
  @DisplayName(
      "a cabinet connected is leased to its connector: no claim takes it until released, then it is due at once")
  void connectedCabinetIsHeld() {
    CabinetId fresh = new CabinetId("7b0c6a52-3a3e-4a55-9d41-00000000fe12");
    SyncLease held =
        storage
            .cabinets()
            .connect(
                Cabinet.connect(
                    fresh,
                    "Осень",
                    new ApiToken("eyJ.fresh.sig"),
                    NOW.plus(Duration.ofDays(90)),
                    NOW),
                NOW,
                Duration.ofMinutes(2));
    assertEquals(fresh, held.cabinet());
    assertEquals("Осень", storage.cabinets().find(fresh).orElseThrow().shopName());
    assertEquals(Optional.empty(), storage.cabinets().claim(fresh, NOW, LEASE));
    assertTrue(
        storage.cabinets().claimDue(NOW, Duration.ZERO, LEASE, 10).stream()
            .noneMatch(lease -> lease.cabinet().equals(fresh)),
        "the schedule passes it by while held");
    assertTrue(storage.cabinets().release(held));
    assertTrue(
        storage.cabinets().claimDue(NOW, Duration.ofMinutes(3), LEASE, 10).stream()
            .anyMatch(lease -> lease.cabinet().equals(fresh) && lease.epoch() > held.epoch()),
        "never synced: due at once, under a new epoch");
  }

  @Test
  @DisplayName("a cabinet that exists cannot be connected again")
  void connectingTwiceFails() {
    assertThrows(
        RuntimeException.class,
        () -> storage.cabinets().connect(shop(), NOW, Duration.ofMinutes(2)));
  }

  @Test
  @DisplayName(
      "a pass that outlived its lease is refused once another claimed the cabinet: its page stores"
          + " nothing, and the new owner's pages stand")
  void outlivedPassIsFencedOff() {
    SyncLease a = claimedByA();
    storeOrder(a, "A1", "2026-11-18T09:00:00");
    SyncLease b = takenOverByB(a);
    assertTrue(b.epoch() > a.epoch(), "every claim is a new owner");
    storeOrder(b, "B1", "2026-11-18T09:30:00");

    SyncLease aLater = a.renewedUntil(b.until().plus(LEASE));
    assertThrows(LeaseLostException.class, () -> storeOrder(aLater, "A2", "2026-11-18T10:00:00"));

    assertEquals(
        List.of("A1", "B1"),
        storage.orders().knownOrders(SHOP, List.of("A1", "A2", "B1")).keySet().stream()
            .sorted()
            .toList(),
        "A's refused page left no row");
    assertEquals(
        Optional.of(moscow("2026-11-18T09:30:00")),
        storage.orders().cursor(SHOP),
        "nor moved the cursor");
    assertEquals(List.of("A1", "B1"), eventKeys(), "nor added an event");
    assertTrue(
        storage.cabinets().claim(SHOP, b.until().plusSeconds(1), LEASE).isPresent(),
        "nor renewed the lease: B's runs out when B's last write said");
  }

  @Test
  @DisplayName("every stream's page is refused under a lost lease, and nothing of it is stored")
  void everyStoreIsFenced() {
    SyncLease a = claimedByA();
    takenOverByB(a);
    SyncLease stale = a.renewedUntil(a.until().plus(LEASE));
    assertThrows(
        LeaseLostException.class,
        () ->
            storage
                .sales()
                .store(
                    new StreamBatch<>(
                        stale, List.of(sale("S1").build()), Optional.of(NOW), List.of(), NOW)));
    assertThrows(
        LeaseLostException.class,
        () ->
            storage
                .feedbacks()
                .store(
                    new StreamBatch<>(
                        stale, List.of(feedback("F1").build()), Optional.empty(), List.of(), NOW)));
    assertThrows(
        LeaseLostException.class,
        () ->
            storage
                .stocks()
                .store(
                    new StockBatch(
                        stale,
                        List.of(stock(101001, 302, 507, "Коледино", 2)),
                        List.of(),
                        List.of(),
                        NOW)));
    assertThrows(
        LeaseLostException.class,
        () ->
            storage.cards().store(stale, List.of(card(101001, "Платье", null)), Optional.empty()));
    assertEquals(List.of(), List.copyOf(storage.sales().knownSaleIds(SHOP, List.of("S1"))));
    assertEquals(List.of(), List.copyOf(storage.feedbacks().knownFeedbackIds(SHOP, List.of("F1"))));
    assertTrue(storage.stocks().sizeStocks(SHOP).isEmpty());
    assertEquals(Optional.empty(), storage.cards().card(SHOP, 101001));
    assertEquals(Optional.empty(), storage.sales().cursor(SHOP));
  }

  @Test
  @DisplayName(
      "a pass records only its own columns: the token, expiry and shop name a seller sent"
          + " meanwhile stand")
  void passRecordsOnlyItsOwnColumns() {
    SyncLease a = claimedByA();
    ApiToken replaced = new ApiToken("eyJ.replaced.sig");
    Instant newExpiry = NOW.plus(Duration.ofDays(180));
    storage.cabinets().save(shop().withNewToken(replaced, newExpiry, "Осень"));

    Instant end = NOW.plusSeconds(40);
    assertTrue(storage.cabinets().recordPass(a, PassOutcome.ended(end, "ORDERS: 503")));
    Cabinet ended = storage.cabinets().find(SHOP).orElseThrow();
    assertEquals(replaced, ended.token());
    assertEquals(newExpiry, ended.tokenExpiresAt());
    assertEquals("Осень", ended.shopName());
    assertEquals(CabinetStatus.SYNCING, ended.status(), "an ended pass changes no status");
    assertEquals(end, ended.lastSyncAt());
    assertEquals("ORDERS: 503", ended.lastError());

    Instant finished = end.plusSeconds(5);
    assertTrue(storage.cabinets().recordPass(a, PassOutcome.primaryFinished(finished)));
    Cabinet ready = storage.cabinets().find(SHOP).orElseThrow();
    assertEquals(CabinetStatus.READY, ready.status());
    assertEquals(finished, ready.primarySyncedAt());
    assertEquals(finished, ready.lastSyncAt());
    assertNull(ready.lastError());
    assertEquals(replaced, ready.token());
    assertEquals("Осень", ready.shopName());
  }

  @Test
  @DisplayName(
      "a refused token pauses the cabinet only while it is still the stored one: a token sent"
          + " meanwhile is not paused for its predecessor")
  void refusalPausesOnlyTheTokenItWasFor() {
    SyncLease a = claimedByA();
    ApiToken old = shop().token();
    storage.cabinets().recordPass(a, PassOutcome.primaryFinished(NOW.plusSeconds(10)));
    storage
        .cabinets()
        .save(
            storage
                .cabinets()
                .find(SHOP)
                .orElseThrow()
                .withNewToken(new ApiToken("eyJ.replaced.sig"), null, null));

    Instant refusedAt = NOW.plusSeconds(20);
    assertFalse(
        storage.cabinets().recordPass(a, PassOutcome.tokenRejected(refusedAt, "WB: 401", old)));
    Cabinet kept = storage.cabinets().find(SHOP).orElseThrow();
    assertEquals(CabinetStatus.READY, kept.status());
    assertEquals(NOW.plusSeconds(10), kept.lastSyncAt(), "nothing written");
    assertNull(kept.lastError());

    ApiToken current = kept.token();
    assertTrue(
        storage.cabinets().recordPass(a, PassOutcome.tokenRejected(refusedAt, "WB: 401", current)));
    Cabinet paused = storage.cabinets().find(SHOP).orElseThrow();
    assertEquals(CabinetStatus.TOKEN_REJECTED, paused.status());
    assertEquals(refusedAt, paused.lastSyncAt());
    assertEquals("WB: 401", paused.lastError());
    assertEquals(current, paused.token());
  }

  @Test
  @DisplayName("a stale pass records no outcome, and a refusal through it pauses nothing")
  void stalePassRecordsNoOutcome() {
    SyncLease a = claimedByA();
    SyncLease b = takenOverByB(a);
    SyncLease stale = a.renewedUntil(b.until().plus(LEASE));
    assertThrows(
        LeaseLostException.class,
        () ->
            storage
                .cabinets()
                .recordPass(
                    stale, PassOutcome.tokenRejected(b.until(), "WB: 401", shop().token())));
    assertThrows(
        LeaseLostException.class,
        () -> storage.cabinets().recordPass(stale, PassOutcome.primaryFinished(b.until())));
    Cabinet stored = storage.cabinets().find(SHOP).orElseThrow();
    assertEquals(CabinetStatus.SYNCING, stored.status());
    assertNull(stored.lastSyncAt());
  }

  @Test
  @DisplayName(
      "a pass records the cabinet's state and its progress only under its lease: a stale pass"
          + " changes neither")
  void cabinetAndProgressAreFenced() {
    SyncLease a = claimedByA();
    long run = storage.runs().started(SHOP, SyncKind.INCREMENTAL, NOW);
    SyncProgress halfway = SyncProgress.starting().within(SyncStream.CARDS, 0.5, 10);
    storage.runs().progressed(run, a, halfway);
    storage.cabinets().recordPass(a, PassOutcome.ended(NOW.plusSeconds(10), null));

    SyncLease b = takenOverByB(a);
    Instant late = b.until();
    SyncLease stale = a.renewedUntil(late.plus(LEASE));
    assertThrows(
        LeaseLostException.class,
        () -> storage.runs().progressed(run, stale, halfway.streamDone(20)));
    assertThrows(
        LeaseLostException.class,
        () -> storage.cabinets().recordPass(stale, PassOutcome.ended(late, "ORDERS: 503")));

    assertEquals(Optional.of(halfway), storage.runs().currentProgress(SHOP));
    Cabinet stored = storage.cabinets().find(SHOP).orElseThrow();
    assertEquals(NOW.plusSeconds(10), stored.lastSyncAt(), "the last sync is the owner's");
    assertNull(stored.lastError());
    storage.cabinets().recordPass(b, PassOutcome.ended(late, null));
    assertEquals(late, storage.cabinets().find(SHOP).orElseThrow().lastSyncAt(), "B's stands");
  }

  @Test
  @DisplayName(
      "a pass keeps its lease by writing: each page renews it, so nobody takes over a pass at work")
  void writesRenew() {
    SyncLease a = claimedByA();
    Instant lastPage = NOW.plus(LEASE).minusSeconds(60);
    storeOrder(a.renewedUntil(lastPage.plus(LEASE)), "A1", "2026-11-18T09:00:00");
    assertEquals(
        List.of(),
        storage.cabinets().claimDue(a.until().plusSeconds(1), Duration.ZERO, LEASE, 10),
        "the first lease's end is past, but the page renewed it");
    assertEquals(
        1,
        storage
            .cabinets()
            .claimDue(lastPage.plus(LEASE).plusSeconds(1), Duration.ZERO, LEASE, 10)
            .size(),
        "once the pass stops writing, its lease runs out");
  }

  @Test
  @DisplayName(
      "a lease that ran out while nobody claimed the cabinet is still its owner's: a late page is"
          + " stored and renews it")
  void lateButNotTakenOver() {
    SyncLease a = claimedByA();
    Instant late = a.until().plusSeconds(600);
    storeOrder(a.renewedUntil(late.plus(LEASE)), "A1", "2026-11-18T09:00:00");
    assertEquals(1, storage.orders().knownOrders(SHOP, List.of("A1")).size());
    assertEquals(List.of(), storage.cabinets().claimDue(late, Duration.ZERO, LEASE, 10));
  }

  @Test
  @DisplayName("renew extends only the owner's lease")
  void renewOnlyTheOwners() {
    SyncLease a = claimedByA();
    Instant extended = NOW.plus(LEASE).plus(LEASE);
    assertTrue(storage.cabinets().renew(a, extended));
    assertEquals(
        List.of(),
        storage.cabinets().claimDue(a.until().plusSeconds(1), Duration.ZERO, LEASE, 10),
        "renewed past its first end");
    SyncLease b = takenOverByB(a.renewedUntil(extended));
    assertFalse(storage.cabinets().renew(a, b.until().plus(Duration.ofDays(1))), "A is stale");
    assertEquals(
        1,
        storage.cabinets().claimDue(b.until().plusSeconds(1), Duration.ZERO, LEASE, 10).size(),
        "B's lease ends when B's claim said: A's renewal did not touch it");
  }

  @Test
  @DisplayName(
      "release by a stale owner does nothing; the owner's release frees the cabinet, once, and"
          + " nothing is written under it after")
  void releaseOnlyTheOwners() {
    SyncLease a = claimedByA();
    SyncLease b = takenOverByB(a);
    Instant meanwhile = a.until().plusSeconds(2);
    assertFalse(storage.cabinets().release(a));
    assertTrue(storage.cabinets().claim(SHOP, meanwhile, LEASE).isEmpty(), "still B's");
    assertTrue(storage.cabinets().release(b));
    assertFalse(storage.cabinets().release(b), "released already");
    assertThrows(
        LeaseLostException.class, () -> storeOrder(b, "B1", "2026-11-18T09:30:00"), "released");
    assertFalse(storage.cabinets().renew(b, meanwhile.plus(LEASE)), "released");
    SyncLease c = storage.cabinets().claim(SHOP, meanwhile, LEASE).orElseThrow();
    assertTrue(c.epoch() > b.epoch());
  }
}
