package com.wbassist.domain.figures;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.market.SizeKey;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TodaySoFarTest {
  private final TodaySoFar atNine =
      TodaySoFar.of(new OrderPlaced(CABINET, order("M").date("2026-11-18T09:00:00").build()))
          .orElseThrow();

  @Test
  @DisplayName("rows of the Moscow day up to the event's own date count, later ones do not")
  void upToTheRow() {
    assertTrue(atNine.counts(moscow("2026-11-18T00:00:00"), "Z"));
    assertTrue(atNine.counts(moscow("2026-11-18T08:59:59"), "Z"));
    assertFalse(atNine.counts(moscow("2026-11-18T09:00:01"), "A"), "stored later, not counted");
    assertFalse(atNine.counts(moscow("2026-11-17T23:59:59"), "A"), "yesterday in Moscow");
  }

  @Test
  @DisplayName("rows of the same second are ordered by key, the event's own row included")
  void sameSecond() {
    assertTrue(atNine.counts(moscow("2026-11-18T09:00:00"), "L"));
    assertTrue(atNine.counts(moscow("2026-11-18T09:00:00"), "M"), "the row itself");
    assertFalse(atNine.counts(moscow("2026-11-18T09:00:00"), "N"));
  }

  @Test
  @DisplayName("an order at 00:00:00 МСК starts a new day: the rows of 23:59:59 are yesterday's")
  void moscowMidnight() {
    TodaySoFar midnight =
        TodaySoFar.of(new OrderPlaced(CABINET, order("A").date("2026-11-19T00:00:00").build()))
            .orElseThrow();
    assertEquals(LocalDate.parse("2026-11-19"), midnight.day().day());
    assertFalse(midnight.counts(moscow("2026-11-18T23:59:59"), "A"));
    assertTrue(midnight.counts(moscow("2026-11-19T00:00:00"), "A"));
  }

  @Test
  @DisplayName("each kind by its own date: the cancellation's, the sale's, the review's")
  void ownDates() {
    var cancelled =
        new OrderCancelled(
            CABINET,
            order("C").date("2026-11-10T12:00:00").cancelled("2026-11-18T00:00:00").build());
    assertEquals(LocalDate.parse("2026-11-18"), TodaySoFar.of(cancelled).orElseThrow().day().day());
    var sold = new ProductBoughtOut(CABINET, sale("S1").date("2026-11-17T22:00:00").build());
    assertEquals(LocalDate.parse("2026-11-17"), TodaySoFar.of(sold).orElseThrow().day().day());
    var review =
        new NegativeReviewPosted(CABINET, feedback("F").created("2026-11-16T01:00:00").build());
    assertEquals(LocalDate.parse("2026-11-16"), TodaySoFar.of(review).orElseThrow().day().day());
  }

  @Test
  @DisplayName("a stock event has no today: it is a state, not a row")
  void stockHasNone() {
    var low =
        new StockRanLow(CABINET, new SizeKey(1, 2), 1, 1, List.of(), moscow("2026-11-18T10:00:00"));
    assertTrue(TodaySoFar.of(low).isEmpty());
  }
}
