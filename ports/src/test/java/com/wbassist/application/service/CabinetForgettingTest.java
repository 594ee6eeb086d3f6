package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.InMemoryCabinetStore;
import com.wbassist.application.fakes.InMemorySellerStore;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.fakes.RecordingCabinetEraser;
import com.wbassist.application.port.in.ForgetOutcome;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An operator forgets a cabinet: one nobody watches at once, a watched one only when they insist.
 */
class CabinetForgettingTest {
  private static final Instant NOW = Instant.parse("2026-11-18T07:00:00Z");
  private static final CabinetId SHOP = new CabinetId("left-shop");
  private static final CabinetId OTHER = new CabinetId("other-shop");

  private final InMemoryCabinetStore cabinets = new InMemoryCabinetStore();
  private final InMemorySellerStore sellers = new InMemorySellerStore();
  private final RecordingCabinetEraser eraser = new RecordingCabinetEraser();
  private final CabinetForgetting forgetting =
      new CabinetForgetting(cabinets, sellers, eraser, new MutableClock(NOW));

  {
    cabinets.save(
        Cabinet.connect(SHOP, "Лето", new ApiToken("eyJ.t.s"), NOW.plus(Duration.ofDays(90)), NOW));
  }

  @Test
  @DisplayName("a cabinet whose sellers all left is erased with nobody else")
  void sellersAllLeft() {
    sellers.save(Seller.newcomer(1001, 1001, "").linkedTo(OTHER, true, NOW));

    ForgetOutcome outcome = forgetting.forget(SHOP, false);

    ForgetOutcome.Erased erased = assertInstanceOf(ForgetOutcome.Erased.class, outcome);
    assertEquals(1L, erased.rows().rows().get("cabinets"));
    assertEquals(List.of(new RecordingCabinetEraser.Erasure(SHOP, Set.of())), eraser.erased());
  }

  @Test
  @DisplayName(
      "a cabinet a seller still watches is kept unless the operator says to forget them too")
  void stillWatched() {
    sellers.save(Seller.newcomer(1001, 1001, "").linkedTo(SHOP, true, NOW));
    sellers.save(Seller.newcomer(1002, 1002, "").linkedTo(SHOP, true, NOW));

    ForgetOutcome kept = forgetting.forget(SHOP, false);

    assertEquals(new ForgetOutcome.SellersStillLinked(List.of(1001L, 1002L)), kept);
    assertTrue(eraser.erased().isEmpty());

    assertInstanceOf(ForgetOutcome.Erased.class, forgetting.forget(SHOP, true));
    assertEquals(
        List.of(new RecordingCabinetEraser.Erasure(SHOP, Set.of(1001L, 1002L))), eraser.erased());
  }

  @Test
  @DisplayName("a cabinet a sync pass holds is not erased")
  void syncing() {
    eraser.syncing(SHOP);

    assertEquals(new ForgetOutcome.Syncing(), forgetting.forget(SHOP, true));
    assertTrue(eraser.erased().isEmpty());
  }

  @Test
  @DisplayName("an unknown cabinet is unknown, and nothing is erased")
  void unknown() {
    assertEquals(new ForgetOutcome.Unknown(), forgetting.forget(OTHER, true));
    assertTrue(eraser.erased().isEmpty());
  }
}
