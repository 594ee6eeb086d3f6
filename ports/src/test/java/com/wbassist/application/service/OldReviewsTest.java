package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Feedback;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reviews older than the sync window (90 days) are not stored: housekeeping prunes what is older,
 * so storing them would make every pass store them again for housekeeping to prune again.
 */
class OldReviewsTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private final InMemoryWorld world = new InMemoryWorld(NOW);

  @Test
  @DisplayName("a review from before the 90-day window is not stored; one inside it is")
  void onlyInsideTheWindow() {
    world.wb.account(SHOP, "ИП Тестов", "");
    List<Feedback> archive =
        List.of(
            feedback("recent").stars(5).created("2026-11-10T12:00:00").build(),
            feedback("ancient").stars(2).created("2026-07-01T12:00:00").build());
    world.wb.holds(
        SHOP, new CabinetData(List.of(), List.of(), List.of(), List.of(), archive, List.of()));
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
    world.sync.syncNow(SHOP);
    world.clock.advance(Duration.ofMinutes(3));
    world.sync.syncNow(SHOP);

    assertEquals(
        List.of("recent"), world.feedbacks.stored(SHOP).stream().map(Feedback::id).toList());
  }
}
