package com.wbassist.application.contract;

import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.out.HourOfOperations;
import com.wbassist.application.port.out.OperationsRecords;
import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.PendingDelivery;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.port.out.SyncRunRecord;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the operations console's figures must answer over the same stored runs, events and
 * deliveries — the in-memory fake and the database alike: every hour present, each thing counted in
 * the hour it happened, dispatch lag from detection to Telegram's acceptance.
 */
public abstract class OperationsRecordsContract {
  private static final Instant HOUR = Instant.parse("2026-11-18T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000e1");
  private static final CabinetId OTHER = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000e2");

  private StoragePorts storage;
  private OperationsRecords records;

  /** Fresh ports on an empty storage. */
  protected abstract StoragePorts emptyStorage();

  /** The figures over that storage. */
  protected abstract OperationsRecords recordsOver(StoragePorts storage);

  @BeforeEach
  void openStorage() {
    storage = emptyStorage();
    records = recordsOver(storage);
  }

  private static Instant at(int minutes) {
    return HOUR.plus(Duration.ofMinutes(minutes));
  }

  @Test
  @DisplayName("every hour of the span is answered, oldest first, a quiet one as zeros")
  void quietHours() {
    assertEquals(
        List.of(
            HourOfOperations.quiet(HOUR),
            HourOfOperations.quiet(at(60)),
            HourOfOperations.quiet(at(120))),
        records.hourly(HOUR, 3));
  }

  @Test
  @DisplayName("a pass counts in the hour it ended, a failed one apart; one still running not yet")
  void passesByTheHourTheyEnded() {
    storage.runs().finished(storage.runs().started(SHOP, SyncKind.PRIMARY, at(-5)), at(10), null);
    storage
        .runs()
        .finished(storage.runs().started(OTHER, SyncKind.INCREMENTAL, at(15)), at(20), "WB 500");
    storage
        .runs()
        .finished(storage.runs().started(SHOP, SyncKind.INCREMENTAL, at(58)), at(65), null);
    storage.runs().started(SHOP, SyncKind.INCREMENTAL, at(90));

    List<HourOfOperations> hours = records.hourly(HOUR, 2);

    assertEquals(List.of(1L, 1L), hours.stream().map(HourOfOperations::syncs).toList());
    assertEquals(List.of(1L, 0L), hours.stream().map(HourOfOperations::failedSyncs).toList());
  }

  @Test
  @DisplayName(
      "events count in the hour detected; notifications in the hour sent or given up, lag from detection")
  void eventsNotificationsAndLag() {
    List<PendingDelivery> pending = ordersDetected(at(5), "A", "B", "C");
    storage.deliveries().markSent(pending.get(0).id(), 11, at(5).plusSeconds(30));
    storage.deliveries().markSent(pending.get(1).id(), 12, at(5).plusSeconds(90));
    storage.deliveries().markFailed(pending.get(2).id(), "blocked", null, at(70));

    List<HourOfOperations> hours = records.hourly(HOUR, 2);

    assertEquals(
        new HourOfOperations(HOUR, 0, 0, 3, 2, 0, Duration.ofSeconds(60), Duration.ofSeconds(90)),
        hours.get(0));
    assertEquals(
        new HourOfOperations(at(60), 0, 0, 0, 0, 1, Duration.ZERO, Duration.ZERO), hours.get(1));
  }

  @Test
  @DisplayName("a cabinet's runs come newest first, with their rows and error, others' left out")
  void runsOfACabinet() {
    long first = storage.runs().started(SHOP, SyncKind.PRIMARY, at(0));
    storage.runs().streamFinished(first, SyncStream.ORDERS, 1200);
    storage.runs().streamFinished(first, SyncStream.SALES, 34);
    storage.runs().finished(first, at(3), null);
    long second = storage.runs().started(SHOP, SyncKind.INCREMENTAL, at(6));
    storage.runs().finished(second, at(7), "WB answered 500");
    long running = storage.runs().started(SHOP, SyncKind.INCREMENTAL, at(9));
    storage.runs().started(OTHER, SyncKind.PRIMARY, at(8));

    assertEquals(
        List.of(
            new SyncRunRecord(running, SyncKind.INCREMENTAL, at(9), null, null, 0, false),
            new SyncRunRecord(
                second, SyncKind.INCREMENTAL, at(6), at(7), "WB answered 500", 0, false)),
        records.runs(SHOP, 2));
    assertEquals(
        new SyncRunRecord(first, SyncKind.PRIMARY, at(0), at(3), null, 1234, false),
        records.runs(SHOP, 10).get(2));
  }

  /** Orders of a cabinet detected at {@code when}, each for a seller of its own, claimed. */
  private List<PendingDelivery> ordersDetected(Instant when, String... srids) {
    storage
        .cabinets()
        .save(
            Cabinet.connect(
                SHOP, "Лето", new ApiToken("eyJ.t.s"), when.plus(Duration.ofDays(90)), when));
    for (long seller = 1; seller <= srids.length; seller++) {
      storage
          .sellers()
          .save(
              Seller.newcomer(seller, 1_000_000_000_000L + seller, "Анна")
                  .linkedTo(SHOP, seller == 1, when));
    }
    SyncLease lease = storage.cabinets().claim(SHOP, when, LEASE).orElseThrow();
    storage
        .orders()
        .store(
            new StreamBatch<>(
                lease,
                List.of(),
                Optional.empty(),
                Arrays.stream(srids)
                    .<MarketEvent>map(srid -> new OrderPlaced(SHOP, order(srid).build()))
                    .toList(),
                when));
    storage.cabinets().release(lease);
    long seller = 1;
    for (OutboxEvent event : storage.outbox().claimUnexpanded(10, when, LEASE)) {
      storage.outbox().expand(event.id(), List.of(seller++), when);
    }
    List<PendingDelivery> claimed = storage.deliveries().claimPending(10, when, LEASE);
    assertEquals(srids.length, claimed.size());
    return claimed;
  }
}
