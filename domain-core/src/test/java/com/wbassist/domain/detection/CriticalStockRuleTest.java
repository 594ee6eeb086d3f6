package com.wbassist.domain.detection;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.event.WarehouseStock;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import com.wbassist.domain.market.StockLevel;
import com.wbassist.domain.sync.SyncKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CriticalStockRuleTest {
  private static final SizeKey DRESS_44 = new SizeKey(101001, 302);
  private final CriticalStockRule rule = new CriticalStockRule(DetectionPolicy.defaults());
  private final DetectionContext incremental =
      new DetectionContext(CABINET, SyncKind.INCREMENTAL, moscow("2026-11-18T10:00:00"));
  private final Map<SizeKey, SizeStock> remembered = new HashMap<>();

  private StockOutcome snapshot(StockLevel... levels) {
    StockOutcome outcome = rule.evaluate(incremental, List.of(levels), remembered);
    outcome.sizes().forEach(size -> remembered.put(size.size(), size));
    return outcome;
  }

  @Test
  @DisplayName(
      "a size seen for the first time sets a baseline and fires nothing, even at or below the threshold")
  void baseline() {
    assertEquals(List.of(), snapshot(stock(101001, 302, 507, "Коледино", 1)).events());
    assertEquals(1, remembered.get(DRESS_44).total());
  }

  @Test
  @DisplayName(
      "the total falling from above 2 to 2 fires once, naming the total and the warehouses that hold it")
  void crossing() {
    snapshot(stock(101001, 302, 507, "Коледино", 4));
    var outcome = snapshot(stock(101001, 302, 507, "Коледино", 2));
    assertEquals(1, outcome.events().size());
    StockRanLow low = (StockRanLow) outcome.events().get(0);
    assertEquals("101001:302", low.key());
    assertEquals(2, low.totalLeft());
    assertEquals(1, low.episode());
    assertEquals(List.of(new WarehouseStock("Коледино", 2)), low.warehouses());
    assertEquals(
        List.of(),
        snapshot(stock(101001, 302, 507, "Коледино", 1)).events(),
        "staying low fires nothing");
  }

  @Test
  @DisplayName("totals are summed over warehouses, so a move between warehouses is invisible")
  void movesAreInvisible() {
    snapshot(stock(101001, 302, 507, "Коледино", 3), stock(101001, 302, 117986, "Казань", 2));
    var outcome =
        snapshot(stock(101001, 302, 507, "Коледино", 1), stock(101001, 302, 117986, "Казань", 4));
    assertEquals(List.of(), outcome.events());
  }

  @Test
  @DisplayName(
      "it re-arms only after the total rose above the threshold; the second episode has its own identity")
  void reArms() {
    snapshot(stock(101001, 302, 507, "Коледино", 5));
    assertEquals(1, snapshot(stock(101001, 302, 507, "Коледино", 2)).events().size());
    assertEquals(0, snapshot(stock(101001, 302, 507, "Коледино", 0)).events().size());
    assertEquals(0, snapshot(stock(101001, 302, 507, "Коледино", 10)).events().size());
    var again = snapshot(stock(101001, 302, 507, "Коледино", 1)).events();
    assertEquals(1, again.size());
    assertEquals(2, again.get(0).episode());
  }

  @Test
  @DisplayName("a size that disappears from a complete snapshot counts as 0")
  void vanished() {
    snapshot(stock(101001, 302, 507, "Коледино", 5), stock(101001, 301, 507, "Коледино", 9));
    var outcome = snapshot(stock(101001, 301, 507, "Коледино", 9));
    assertEquals(1, outcome.events().size());
    StockRanLow low = (StockRanLow) outcome.events().get(0);
    assertEquals(0, low.totalLeft());
    assertTrue(low.warehouses().isEmpty());
  }

  @Test
  @DisplayName("the primary sync remembers totals but fires nothing")
  void primary() {
    var primary = new DetectionContext(CABINET, SyncKind.PRIMARY, incremental.now());
    remembered.put(DRESS_44, new SizeStock(DRESS_44, 5, 0));
    var outcome =
        rule.evaluate(primary, List.of(stock(101001, 302, 507, "Коледино", 1)), remembered);
    assertEquals(List.of(), outcome.events());
    assertEquals(1, outcome.sizes().get(0).total());
  }
}
