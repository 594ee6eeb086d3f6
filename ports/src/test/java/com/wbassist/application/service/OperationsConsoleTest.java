package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.wbassist.application.fakes.InMemoryCabinetStore;
import com.wbassist.application.fakes.InMemoryOperationsRecords;
import com.wbassist.application.fakes.InMemoryOutbox;
import com.wbassist.application.fakes.InMemorySellerStore;
import com.wbassist.application.fakes.InMemorySyncRunLog;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.port.in.CabinetStanding;
import com.wbassist.application.port.out.HourOfOperations;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncTimetable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OperationsConsoleTest {
  private static final Instant NOW = Instant.parse("2026-11-18T09:40:00Z");
  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryCabinetStore cabinets = new InMemoryCabinetStore();
  private final InMemorySellerStore sellers = new InMemorySellerStore();
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemorySyncRunLog runs = new InMemorySyncRunLog(cabinets);
  private final OperationsConsole console =
      new OperationsConsole(
          cabinets,
          sellers,
          new InMemoryOperationsRecords(runs, outbox),
          runs,
          outbox,
          new SyncTimetable(Duration.ofMinutes(3)),
          clock);

  @Test
  @DisplayName("a cabinet is listed with its members, when it is due and how late it is")
  void standing() {
    CabinetId shop = new CabinetId("s1");
    Instant synced = NOW.minus(Duration.ofMinutes(5));
    cabinets.save(
        Cabinet.connect(shop, "Лето", new ApiToken("eyJ.t.s"), null, NOW.minusSeconds(3600))
            .primarySyncFinished(synced));
    sellers.save(Seller.newcomer(1, 11, "Анна").linkedTo(shop, true, NOW));
    sellers.save(Seller.newcomer(2, 12, "Олег").linkedTo(shop, true, NOW));

    CabinetStanding standing = console.cabinets().get(0);

    assertEquals(2, standing.members());
    assertEquals(synced.plus(Duration.ofMinutes(3)), standing.nextSyncAt());
    assertEquals(Duration.ofMinutes(2), standing.lag());
  }

  @Test
  @DisplayName("a cabinet waiting for a token has no next sync and no lag")
  void paused() {
    cabinets.save(
        Cabinet.connect(new CabinetId("s2"), "", new ApiToken("eyJ.t.s"), null, NOW)
            .tokenRejected(NOW, "401"));
    CabinetStanding standing = console.cabinets().get(0);
    assertNull(standing.nextSyncAt());
    assertEquals(Duration.ZERO, standing.lag());
  }

  @Test
  @DisplayName("the last day is 24 whole hours, the current one last")
  void lastDay() {
    List<HourOfOperations> day = console.lastHours(24);
    assertEquals(24, day.size());
    assertEquals(Instant.parse("2026-11-18T09:00:00Z"), day.get(23).hour());
    assertEquals(Instant.parse("2026-11-17T10:00:00Z"), day.get(0).hour());
  }

  @Test
  @DisplayName("a span of no hours, or of more than a week, is refused")
  void spanBounds() {
    assertThrows(IllegalArgumentException.class, () -> console.lastHours(0));
    assertThrows(IllegalArgumentException.class, () -> console.lastHours(169));
    assertEquals(168, console.lastHours(168).size());
  }

  @Test
  @DisplayName("re-queueing a delivery that is not a failed one of that cabinet changes nothing")
  void requeueUnknown() {
    assertEquals(false, console.requeueDelivery(new CabinetId("s1"), 42));
  }
}
