package com.wbassist.domain.figures;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.market.SizeKey;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardSizeOfRowTest {
  private final ProductCard dress =
      card(
          101001,
          "Платье",
          null,
          new CardSize(301, "42", "42", List.of("2000000000301")),
          new CardSize(302, "44", "44", List.of("2000000000302")));

  @Test
  @DisplayName("the barcode decides, even when the row's techSize names another size")
  void byBarcode() {
    assertEquals(302, CardSizeOfRow.find(dress, "2000000000302", "42").orElseThrow().chrtId());
  }

  @Test
  @DisplayName("without a barcode the card knows, the techSize decides")
  void byTechSize() {
    assertEquals(301, CardSizeOfRow.find(dress, "unknown", "42").orElseThrow().chrtId());
    assertEquals(302, CardSizeOfRow.find(dress, "", "44").orElseThrow().chrtId());
  }

  @Test
  @DisplayName("a size the card does not know is no size")
  void unknown() {
    assertTrue(CardSizeOfRow.find(dress, "x", "50").isEmpty());
    assertTrue(CardSizeOfRow.find(dress, "", "").isEmpty());
  }

  @Test
  @DisplayName("an event's size: stock by chrtId, sales by barcode, reviews by the size's name")
  void ofEvents() {
    var low =
        new StockRanLow(
            CABINET, new SizeKey(101001, 301), 1, 1, List.of(), moscow("2026-11-18T10:00:00"));
    assertEquals(301, CardSizeOfRow.of(low, dress).orElseThrow().chrtId());
    var sold = new ProductBoughtOut(CABINET, sale("S1").build());
    assertEquals(301, CardSizeOfRow.of(sold, dress).orElseThrow().chrtId(), "barcode …301");
    var review = new NegativeReviewPosted(CABINET, feedback("F").build());
    assertEquals(301, CardSizeOfRow.of(review, dress).orElseThrow().chrtId(), "size «42»");
  }
}
