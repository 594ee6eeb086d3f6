package com.wbassist.domain.detection;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.event.WarehouseStock;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import com.wbassist.domain.market.StockLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code CRITICAL_STOCK} when one size's quantity summed over all warehouses goes from above {@code
 * criticalStock} to at or below it. Summing hides moves between warehouses, as it should. A size
 * missing from a complete snapshot counts as 0; a size seen for the first time only sets a
 * baseline. Remembering the last total is what re-arms the rule: it fires again only once the total
 * has been above the threshold in between.
 */
public final class CriticalStockRule {
  private final int threshold;

  public CriticalStockRule(DetectionPolicy policy) {
    this.threshold = policy.criticalStock();
  }

  /**
   * @param snapshot every stock row WB holds for the cabinet now (a complete snapshot, never a page
   *     of one)
   * @param stored what was remembered of every size before
   */
  public StockOutcome evaluate(
      DetectionContext context, List<StockLevel> snapshot, Map<SizeKey, SizeStock> stored) {
    Map<SizeKey, Integer> totals = new LinkedHashMap<>();
    Map<SizeKey, List<WarehouseStock>> holders = new LinkedHashMap<>();
    for (StockLevel level : snapshot) {
      totals.merge(level.size(), level.quantity(), Integer::sum);
      if (level.quantity() > 0) {
        holders
            .computeIfAbsent(level.size(), k -> new ArrayList<>())
            .add(new WarehouseStock(level.warehouseName(), level.quantity()));
      }
    }
    for (SizeKey vanished : stored.keySet()) {
      totals.putIfAbsent(vanished, 0);
    }

    List<SizeStock> sizes = new ArrayList<>(totals.size());
    List<MarketEvent> events = new ArrayList<>();
    totals.forEach(
        (size, total) -> {
          SizeStock before = stored.get(size);
          int episodes = before == null ? 0 : before.lowEpisodes();
          boolean ranLow = before != null && before.total() > threshold && total <= threshold;
          if (ranLow && context.firesEvents()) {
            episodes++;
            events.add(
                new StockRanLow(
                    context.cabinet(),
                    size,
                    episodes,
                    total,
                    holders.getOrDefault(size, List.of()),
                    context.now()));
          }
          sizes.add(new SizeStock(size, total, episodes));
        });
    return new StockOutcome(sizes, events);
  }
}
