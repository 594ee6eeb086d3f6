package com.wbassist.domain.summary;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DailySummaryRoundTest {
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000000f1");

  private static Seller ready(Instant joined, LocalTime at) {
    Seller seller = Seller.newcomer(1, 1, "").linkedTo(SHOP, true, joined);
    return seller.withSettings(
        seller.settings().withDailySummary(DailySummarySettings.DEFAULT.at(at)));
  }

  @Test
  @DisplayName("the day summarized is yesterday in Moscow, whatever the UTC date")
  void moscowCalendar() {
    DailySummaryRound lateUtcEvening = DailySummaryRound.at(Instant.parse("2026-11-18T21:00:00Z"));
    assertEquals(LocalDate.parse("2026-11-18"), lateUtcEvening.day());
    assertEquals(LocalTime.MIDNIGHT, lateUtcEvening.dueBy());
    assertEquals(Instant.parse("2026-11-18T21:00:00Z"), lateUtcEvening.joinedBefore());
    DailySummaryRound lastSecond = DailySummaryRound.at(Instant.parse("2026-11-18T20:59:59Z"));
    assertEquals(LocalDate.parse("2026-11-17"), lastSecond.day());
  }

  @Test
  @DisplayName("due from the chosen minute on, for sellers who joined by the end of the day")
  void dueFor() {
    DailySummaryRound nine = DailySummaryRound.at(moscow("2026-11-19T09:00:00"));
    Instant yesterday = moscow("2026-11-18T23:59:59");
    assertTrue(nine.isDueFor(ready(yesterday, LocalTime.of(9, 0)), true));
    assertFalse(nine.isDueFor(ready(yesterday, LocalTime.of(9, 1)), true), "not yet");
    assertFalse(nine.isDueFor(ready(moscow("2026-11-19T00:00:00"), LocalTime.of(6, 0)), true));
    assertFalse(nine.isDueFor(ready(yesterday, LocalTime.of(9, 0)), false), "cabinet loading");
    Seller off = ready(yesterday, LocalTime.of(9, 0));
    assertFalse(
        nine.isDueFor(off.withSettings(off.settings().withAll(false)), true),
        "all notifications off silence the summary too");
    assertFalse(nine.isDueFor(off.unreachable(), true), "blocked the bot");
  }

  @Test
  @DisplayName("a summary is sent on its send day only: given up at the Moscow midnight after")
  void givenUp() {
    assertEquals(
        moscow("2026-11-20T00:00:00"), DailySummaryRound.givenUpAt(LocalDate.parse("2026-11-18")));
    assertEquals(
        LocalDate.parse("2026-11-18"), DailySummaryRound.oldestSent(moscow("2026-11-19T23:59:59")));
  }

  @Test
  @DisplayName("choosing a time turns the summary on; switching it off keeps the time")
  void settings() {
    DailySummarySettings off = DailySummarySettings.DEFAULT.at(LocalTime.of(7, 0)).toggled();
    assertEquals(new DailySummarySettings(false, LocalTime.of(7, 0)), off);
    assertEquals(new DailySummarySettings(true, LocalTime.of(21, 0)), off.at(LocalTime.of(21, 0)));
    assertEquals(LocalTime.of(9, 0), new DailySummarySettings(true, LocalTime.of(9, 0, 42)).at());
  }
}
