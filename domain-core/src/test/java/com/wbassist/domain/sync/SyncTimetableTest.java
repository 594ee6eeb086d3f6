package com.wbassist.domain.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyncTimetableTest {
  private static final Instant CONNECTED = Instant.parse("2026-11-18T09:00:00Z");
  private static final SyncTimetable EVERY_3_MINUTES = new SyncTimetable(Duration.ofMinutes(3));
  private static final Cabinet NEW =
      Cabinet.connect(new CabinetId("s1"), "Лето", new ApiToken("eyJ.t.s"), null, CONNECTED);

  @Test
  @DisplayName("a cabinet never synced is due since it was connected, and late by the time since")
  void neverSynced() {
    assertEquals(Optional.of(CONNECTED), EVERY_3_MINUTES.nextSync(NEW));
    assertEquals(
        Duration.ofMinutes(10), EVERY_3_MINUTES.lag(NEW, CONNECTED.plus(Duration.ofMinutes(10))));
  }

  @Test
  @DisplayName("a synced cabinet is due one interval after its last pass ended, not late before")
  void synced() {
    Instant ended = CONNECTED.plus(Duration.ofMinutes(5));
    Cabinet synced = NEW.primarySyncFinished(ended);
    assertEquals(Optional.of(ended.plus(Duration.ofMinutes(3))), EVERY_3_MINUTES.nextSync(synced));
    assertEquals(Duration.ZERO, EVERY_3_MINUTES.lag(synced, ended.plusSeconds(60)));
    assertEquals(Duration.ofSeconds(30), EVERY_3_MINUTES.lag(synced, ended.plusSeconds(210)));
  }

  @Test
  @DisplayName("a cabinet waiting for a new token is not scheduled and never counts as late")
  void waitingForToken() {
    Cabinet refused = NEW.tokenRejected(CONNECTED.plusSeconds(60), "401");
    assertEquals(Optional.empty(), EVERY_3_MINUTES.nextSync(refused));
    assertEquals(Duration.ZERO, EVERY_3_MINUTES.lag(refused, CONNECTED.plus(Duration.ofDays(2))));
  }
}
