package com.wbassist.application.contract;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static com.wbassist.domain.testdata.MarketRows.size;
import static com.wbassist.domain.testdata.MarketRows.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.PendingDelivery;
import com.wbassist.application.port.out.StockBatch;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.KnownOrder;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.ProductReturned;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.event.WarehouseStock;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import com.wbassist.domain.notification.NotificationSettings;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the storage ports must do — the in-memory fakes and the database
 * adapter alike. Extend it and return fresh, empty ports from {@link #emptyStorage()}.
 */
public abstract class StoragePortsContract {
  protected static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-00000000c0de");
  protected static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final Duration LEASE = Duration.ofMinutes(5);

  protected StoragePorts storage;
  private SyncLease shopLease;

  /** Fresh ports on an empty storage. */
  protected abstract StoragePorts emptyStorage();

  @BeforeEach
  void openStorage() {
    storage = emptyStorage();
    shopLease = null;
  }

  /** The shop's lease, claimed on first use: what a pass stores its pages under. */
  private SyncLease leased() {
    if (shopLease == null) {
      shopLease = storage.cabinets().claim(SHOP, NOW, LEASE).orElseThrow();
    }
    return shopLease;
  }

  private Cabinet shop() {
    return Cabinet.connect(
        SHOP,
        "Лето & Ко",
        new ApiToken("eyJ.secret-token.sig"),
        NOW.plus(Duration.ofDays(180)),
        NOW);
  }

  private Seller readySeller(long telegramId) {
    return Seller.newcomer(telegramId, telegramId + 1_000_000_000_000L, "Анна")
        .linkedTo(SHOP, true, NOW);
  }

  @Test
  @DisplayName("a cabinet comes back as saved, token included")
  void cabinetRoundTrip() {
    Cabinet saved = shop().primarySyncFinished(NOW).syncEnded(NOW.plusSeconds(5), "ORDERS: 503");
    storage.cabinets().save(saved);
    assertEquals(Optional.of(saved), storage.cabinets().find(SHOP));
    assertEquals(List.of(saved), storage.cabinets().all());
    assertEquals(Optional.empty(), storage.cabinets().find(new CabinetId("nobody")));
  }

  @Test
  @DisplayName(
      "a due cabinet is leased once; the lease frees it, the schedule then waits for the interval")
  void claimDue() {
    storage.cabinets().save(shop());
    List<SyncLease> claimed = storage.cabinets().claimDue(NOW, Duration.ofMinutes(3), LEASE, 10);
    assertEquals(List.of(SHOP), cabinetsOf(claimed));
    assertEquals(NOW.plus(LEASE), claimed.get(0).until());
    assertEquals(
        List.of(), storage.cabinets().claimDue(NOW, Duration.ofMinutes(3), LEASE, 10), "leased");
    assertTrue(storage.cabinets().claim(SHOP, NOW, LEASE).isEmpty(), "leased, even for sync-now");
    storage.cabinets().save(shop().syncEnded(NOW, null));
    assertTrue(storage.cabinets().release(claimed.get(0)));
    assertEquals(
        List.of(),
        storage.cabinets().claimDue(NOW.plusSeconds(60), Duration.ofMinutes(3), LEASE, 10),
        "not due yet");
    assertEquals(
        List.of(SHOP),
        cabinetsOf(
            storage.cabinets().claimDue(NOW.plusSeconds(180), Duration.ofMinutes(3), LEASE, 10)));
  }

  private static List<CabinetId> cabinetsOf(List<SyncLease> leases) {
    return leases.stream().map(SyncLease::cabinet).toList();
  }

  @Test
  @DisplayName(
      "an expired lease is taken over; a cabinet WB refused is never due; claim ignores the schedule")
  void leases() {
    storage.cabinets().save(shop());
    assertEquals(
        List.of(SHOP), cabinetsOf(storage.cabinets().claimDue(NOW, Duration.ZERO, LEASE, 10)));
    List<SyncLease> takenOver =
        storage.cabinets().claimDue(NOW.plus(LEASE).plusSeconds(1), Duration.ZERO, LEASE, 10);
    assertEquals(List.of(SHOP), cabinetsOf(takenOver), "dead server's lease");
    storage.cabinets().release(takenOver.get(0));
    storage.cabinets().save(shop().tokenRejected(NOW, "401"));
    assertEquals(
        List.of(), storage.cabinets().claimDue(NOW.plusSeconds(3600), Duration.ZERO, LEASE, 10));
    storage.cabinets().save(shop().syncEnded(NOW, null));
    assertTrue(storage.cabinets().claim(SHOP, NOW, LEASE).isPresent());
    assertTrue(storage.cabinets().claim(new CabinetId("unknown"), NOW, LEASE).isEmpty());
  }

  @Test
  @DisplayName(
      "a seller comes back as saved, settings and progress message included, and is found by cabinet")
  void sellerRoundTrip() {
    storage.cabinets().save(shop());
    Seller anna =
        readySeller(1)
            .withSettings(NotificationSettings.allOn().toggle(EventType.RETURN).toggleAll())
            .withProgressMessage(77L);
    Seller boris = Seller.newcomer(2, 2, "Борис").awaitingToken();
    storage.sellers().save(anna);
    storage.sellers().save(boris);
    assertEquals(Optional.of(anna), storage.sellers().find(1));
    assertEquals(Optional.of(boris), storage.sellers().find(2));
    assertEquals(List.of(anna), storage.sellers().linkedTo(SHOP));
    Seller blocked = anna.unreachable();
    storage.sellers().save(blocked);
    assertEquals(Optional.of(blocked), storage.sellers().find(1));
  }

  @Test
  @DisplayName("a seller's quiet products come back as saved, and bringing one back is kept")
  void quietProductsRoundTrip() {
    storage.cabinets().save(shop());
    Seller anna = readySeller(1).withSettings(NotificationSettings.allOn().quiet(101001).quiet(7));
    storage.sellers().save(anna);
    assertEquals(Optional.of(anna), storage.sellers().find(1));
    assertEquals(
        java.util.Set.of(7L, 101001L),
        storage.sellers().find(1).orElseThrow().settings().quietProducts());
    Seller back = anna.withSettings(anna.settings().loud(7));
    storage.sellers().save(back);
    assertEquals(
        java.util.Set.of(101001L),
        storage.sellers().find(1).orElseThrow().settings().quietProducts());
  }

  @Test
  @DisplayName("orders: known state by key, the newer version wins, the cursor only moves forward")
  void orders() {
    storage.cabinets().save(shop());
    var first = order("A").changed("2026-11-18T09:00:00").build();
    storage
        .orders()
        .store(
            new StreamBatch<>(
                leased(),
                List.of(first, order("B").changed("2026-11-18T09:05:00").build()),
                Optional.of(moscow("2026-11-18T09:05:00")),
                List.of(),
                NOW));
    assertEquals(
        Map.of("A", new KnownOrder("A", false)),
        storage.orders().knownOrders(SHOP, List.of("A", "Z")));
    var cancelled =
        order("A").changed("2026-11-18T09:10:00").cancelled("2026-11-18T00:00:00").build();
    storage
        .orders()
        .store(
            new StreamBatch<>(
                leased(),
                List.of(cancelled),
                Optional.of(moscow("2026-11-18T09:10:00")),
                List.of(),
                NOW));
    storage
        .orders()
        .store(
            new StreamBatch<>(
                leased(),
                List.of(first),
                Optional.of(moscow("2026-11-18T09:00:00")),
                List.of(),
                NOW));
    assertEquals(
        Map.of("A", new KnownOrder("A", true)),
        storage.orders().knownOrders(SHOP, List.of("A")),
        "an older version never wins");
    assertEquals(Optional.of(moscow("2026-11-18T09:10:00")), storage.orders().cursor(SHOP));
    assertEquals(Optional.empty(), storage.orders().cursor(new CabinetId("other")));
    assertEquals(
        Map.of(),
        storage.orders().knownOrders(new CabinetId("other"), List.of("A")),
        "keys are per cabinet");
  }

  @Test
  @DisplayName(
      "sales and reviews: which keys are stored; sales keep a cursor that only moves forward")
  void salesAndFeedbacks() {
    storage.cabinets().save(shop());
    storage
        .sales()
        .store(
            new StreamBatch<>(
                leased(),
                List.of(sale("S1").build()),
                Optional.of(moscow("2026-11-18T09:25:00")),
                List.of(),
                NOW));
    assertEquals(Set.of("S1"), storage.sales().knownSaleIds(SHOP, List.of("S1", "R1")));
    storage
        .sales()
        .store(
            new StreamBatch<>(
                leased(),
                List.of(sale("S1").build()),
                Optional.of(moscow("2026-11-18T09:20:00")),
                List.of(),
                NOW));
    assertEquals(Optional.of(moscow("2026-11-18T09:25:00")), storage.sales().cursor(SHOP));
    storage
        .feedbacks()
        .store(
            new StreamBatch<>(
                leased(), List.of(feedback("F1").build()), Optional.empty(), List.of(), NOW));
    assertEquals(Set.of("F1"), storage.feedbacks().knownFeedbackIds(SHOP, List.of("F1", "F2")));
  }

  @Test
  @DisplayName("stock: the remembered totals and episodes per size come back")
  void stocks() {
    storage.cabinets().save(shop());
    SizeStock dress = new SizeStock(new SizeKey(101001, 302), 2, 1);
    storage
        .stocks()
        .store(
            new StockBatch(
                leased(),
                List.of(stock(101001, 302, 507, "Коледино", 2)),
                List.of(dress),
                List.of(),
                NOW));
    assertEquals(Map.of(dress.size(), dress), storage.stocks().sizeStocks(SHOP));
    SizeStock refilled = new SizeStock(dress.size(), 10, 1);
    storage
        .stocks()
        .store(
            new StockBatch(
                leased(),
                List.of(stock(101001, 302, 507, "Коледино", 10)),
                List.of(refilled),
                List.of(),
                NOW));
    assertEquals(Map.of(dress.size(), refilled), storage.stocks().sizeStocks(SHOP));
  }

  @Test
  @DisplayName("cards: found by article, upserted, and the cursor kept")
  void cards() {
    storage.cabinets().save(shop());
    var dress =
        card(
            101001,
            "Платье летнее",
            "https://basket-10.wbbasket.ru/1.webp",
            size(301, "42"),
            size(302, "44"));
    var cursor = new CardCursor(dress.updatedAt(), dress.nmId());
    storage.cards().store(leased(), List.of(dress), Optional.of(cursor));
    assertEquals(Optional.of(dress), storage.cards().card(SHOP, 101001));
    assertEquals(Optional.of(cursor), storage.cards().cursor(SHOP));
    var renamed = card(101001, "Платье & <лето>", null);
    storage.cards().store(leased(), List.of(renamed), Optional.empty());
    assertEquals(Optional.of(renamed), storage.cards().card(SHOP, 101001));
    assertEquals(
        Optional.of(cursor), storage.cards().cursor(SHOP), "an empty cursor leaves the old one");
  }

  @Test
  @DisplayName("an event enters the outbox once per identity, whatever is stored again")
  void eventOnce() {
    storage.cabinets().save(shop());
    var placed = new OrderPlaced(SHOP, order("A").build());
    for (int i = 0; i < 2; i++) {
      storage
          .orders()
          .store(
              new StreamBatch<>(
                  leased(), List.of(order("A").build()), Optional.empty(), List.of(placed), NOW));
    }
    assertEquals(1, storage.outbox().claimUnexpanded(10, NOW, LEASE).size());
  }

  @Test
  @DisplayName("each of the six event types comes out of the outbox exactly as it went in")
  void eventsRoundTrip() {
    storage.cabinets().save(shop());
    List<MarketEvent> events =
        List.of(
            new OrderPlaced(SHOP, order("A").build()),
            new OrderCancelled(SHOP, order("A").cancelled("2026-11-18T00:00:00").build()),
            new ProductBoughtOut(SHOP, sale("S1").money("1547.50", "1284.01").build()),
            new ProductReturned(SHOP, sale("R1").money("-400", "-160.00").build()),
            new NegativeReviewPosted(
                SHOP, feedback("F1").text("Плохо <b>", "", "Швы & нитки").build()),
            new StockRanLow(
                SHOP,
                new SizeKey(101001, 302),
                2,
                1,
                List.of(new WarehouseStock("Коледино", 1)),
                NOW));
    storage
        .orders()
        .store(new StreamBatch<>(leased(), List.of(), Optional.empty(), events.subList(0, 2), NOW));
    storage
        .sales()
        .store(new StreamBatch<>(leased(), List.of(), Optional.empty(), events.subList(2, 4), NOW));
    storage
        .feedbacks()
        .store(new StreamBatch<>(leased(), List.of(), Optional.empty(), events.subList(4, 5), NOW));
    storage
        .stocks()
        .store(new StockBatch(leased(), List.of(), List.of(), events.subList(5, 6), NOW));
    List<OutboxEvent> out = storage.outbox().claimUnexpanded(10, NOW, LEASE);
    assertEquals(events, out.stream().map(OutboxEvent::event).toList());
    assertTrue(out.stream().allMatch(e -> e.detectedAt().equals(NOW)));
  }

  @Test
  @DisplayName(
      "outbox: a claimed event is leased; expansion makes one delivery per recipient, once")
  void expansion() {
    storage.cabinets().save(shop());
    storage.sellers().save(readySeller(1));
    storage.sellers().save(readySeller(2));
    storage
        .orders()
        .store(
            new StreamBatch<>(
                leased(),
                List.of(),
                Optional.empty(),
                List.of(new OrderPlaced(SHOP, order("A").build())),
                NOW));
    OutboxEvent event = storage.outbox().claimUnexpanded(10, NOW, LEASE).get(0);
    assertEquals(List.of(), storage.outbox().claimUnexpanded(10, NOW, LEASE), "leased");
    assertEquals(
        1,
        storage.outbox().claimUnexpanded(10, NOW.plus(LEASE).plusSeconds(1), LEASE).size(),
        "lease ran out");
    storage.outbox().expand(event.id(), List.of(1L, 2L), NOW);
    storage.outbox().expand(event.id(), List.of(1L, 2L), NOW);
    assertEquals(
        List.of(), storage.outbox().claimUnexpanded(10, NOW.plusSeconds(3600), LEASE), "expanded");
    List<PendingDelivery> pending = storage.deliveries().claimPending(10, NOW, LEASE);
    assertEquals(
        List.of(1L, 2L), pending.stream().map(PendingDelivery::telegramId).sorted().toList());
    assertEquals(
        1_000_000_000_001L,
        pending.stream().filter(p -> p.telegramId() == 1).findFirst().orElseThrow().chatId());
    assertEquals(event.event(), pending.get(0).event().event());
  }

  @Test
  @DisplayName(
      "deliveries: leased once, sent ones gone, failed ones back at their retry time or never")
  void deliveries() {
    storage.cabinets().save(shop());
    for (long seller = 1; seller <= 3; seller++) {
      storage.sellers().save(readySeller(seller));
    }
    storage
        .orders()
        .store(
            new StreamBatch<>(
                leased(),
                List.of(),
                Optional.empty(),
                List.of(
                    new OrderPlaced(SHOP, order("A").build()),
                    new OrderPlaced(SHOP, order("B").build()),
                    new OrderPlaced(SHOP, order("C").build())),
                NOW));
    // One seller each: a seller's own deliveries come one at a time (DeliveryQueueContract).
    long seller = 1;
    for (OutboxEvent event : storage.outbox().claimUnexpanded(10, NOW, LEASE)) {
      storage.outbox().expand(event.id(), List.of(seller++), NOW);
    }
    List<PendingDelivery> pending = storage.deliveries().claimPending(10, NOW, LEASE);
    assertEquals(
        List.of("A", "B", "C"),
        pending.stream().map(p -> p.event().event().key()).toList(),
        "in event order");
    assertEquals(List.of(), storage.deliveries().claimPending(10, NOW, LEASE), "leased");
    storage.deliveries().markSent(pending.get(0).id(), 501, NOW);
    storage.deliveries().markFailed(pending.get(1).id(), "502", NOW.plusSeconds(30), NOW);
    storage.deliveries().markFailed(pending.get(2).id(), "403", null, NOW);
    assertEquals(
        List.of(),
        storage.deliveries().claimPending(10, NOW.plusSeconds(29), Duration.ofSeconds(1)));
    List<PendingDelivery> retried =
        storage.deliveries().claimPending(10, NOW.plus(LEASE).plusSeconds(30), LEASE);
    assertEquals(List.of("B"), retried.stream().map(p -> p.event().event().key()).toList());
    assertEquals(1, retried.get(0).attempts());
  }

  @Test
  @DisplayName(
      "sync runs: progress of the running pass is visible until it finishes; cancel is off by default")
  void syncRuns() {
    storage.cabinets().save(shop());
    long run = storage.runs().started(SHOP, SyncKind.PRIMARY, NOW);
    SyncProgress progress =
        SyncProgress.starting().streamDone(12).within(SyncStream.ORDERS, 0.5, 4_000);
    storage.runs().progressed(run, leased(), progress);
    storage.runs().streamFinished(run, SyncStream.CARDS, 12);
    storage.runs().streamFailed(run, SyncStream.ORDERS, "503");
    storage.runs().possiblyMissed(run, SyncStream.SALES, moscow("2026-11-18T09:00:00"));
    storage.runs().possiblyMissed(run, SyncStream.SALES, moscow("2026-11-18T09:00:07"));
    assertEquals(Optional.of(progress), storage.runs().currentProgress(SHOP));
    assertFalse(storage.runs().cancelRequested(run));
    storage.runs().finished(run, NOW.plusSeconds(60), "ORDERS: 503");
    assertEquals(Optional.empty(), storage.runs().currentProgress(SHOP));
  }

  @Test
  @DisplayName(
      "the newest run of a kind reads back as its pass wrote it; a cancel asks the cabinet's unfinished runs only")
  void lastRunAndCancel() {
    storage.cabinets().save(shop());
    long first = storage.runs().started(SHOP, SyncKind.PRIMARY, NOW);
    storage.runs().finished(first, NOW.plusSeconds(30), "ORDERS: 503");
    long second = storage.runs().started(SHOP, SyncKind.PRIMARY, NOW.plusSeconds(300));
    SyncProgress progress = SyncProgress.starting().within(SyncStream.CARDS, 0.5, 40);
    storage.runs().progressed(second, leased(), progress);
    assertEquals(Optional.empty(), storage.runs().lastRun(SHOP, SyncKind.INCREMENTAL));
    var last = storage.runs().lastRun(SHOP, SyncKind.PRIMARY).orElseThrow();
    assertEquals(second, last.id());
    assertTrue(last.running());
    assertEquals(progress, last.progress());
    assertFalse(last.cancelRequested());

    assertEquals(1, storage.runs().requestCancel(SHOP), "the finished run is not asked");
    assertTrue(storage.runs().cancelRequested(second));
    assertFalse(storage.runs().cancelRequested(first));
    assertTrue(storage.runs().lastRun(SHOP, SyncKind.PRIMARY).orElseThrow().cancelRequested());
  }

  @Test
  @DisplayName("a Telegram update id is processed once")
  void processedUpdates() {
    assertFalse(storage.processed().handledAlready(42));
    assertTrue(storage.processed().firstTime(42, NOW));
    assertTrue(storage.processed().handledAlready(42));
    assertFalse(storage.processed().firstTime(42, NOW));
    assertTrue(storage.processed().firstTime(43, NOW));
  }
}
