package com.wbassist.domain.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyncLeaseTest {
  private static final CabinetId SHOP = new CabinetId("shop");
  private static final Instant UNTIL = Instant.parse("2026-11-18T07:30:00Z");

  @Test
  @DisplayName("a renewed lease has the same owner and a new end; another claim is another owner")
  void owners() {
    SyncLease claimed = new SyncLease(SHOP, 3, UNTIL);
    SyncLease renewed = claimed.renewedUntil(UNTIL.plusSeconds(600));
    assertTrue(renewed.sameOwner(claimed));
    assertEquals(UNTIL.plusSeconds(600), renewed.until());
    assertFalse(new SyncLease(SHOP, 4, UNTIL).sameOwner(claimed), "a later claim");
    assertFalse(new SyncLease(new CabinetId("other"), 3, UNTIL).sameOwner(claimed));
  }

  @Test
  @DisplayName("an epoch comes from a claim, so it is positive")
  void positiveEpoch() {
    assertThrows(IllegalArgumentException.class, () -> new SyncLease(SHOP, 0, UNTIL));
  }
}
