package com.wbassist.domain.figures;

import static com.wbassist.domain.testdata.MarketRows.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.ProductCard;
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
}
