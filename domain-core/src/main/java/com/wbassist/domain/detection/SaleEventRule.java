package com.wbassist.domain.detection;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.ProductReturned;
import com.wbassist.domain.market.Sale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code BUYOUT} for an {@code S…} and {@code RETURN} for an {@code R…} {@code saleID} seen for the
 * first time.
 */
public final class SaleEventRule {
  private final StaleRowRule staleness;

  public SaleEventRule(DetectionPolicy policy) {
    this.staleness = new StaleRowRule(policy.staleAfter());
  }

  /**
   * @param fetched one page of sales rows
   * @param knownSaleIds the page's {@code saleID}s that were stored before this page
   */
  public List<MarketEvent> detect(
      DetectionContext context, List<Sale> fetched, Set<String> knownSaleIds) {
    List<MarketEvent> events = new ArrayList<>();
    Set<String> seenInPage = new HashSet<>();
    for (Sale sale : fetched) {
      if (knownSaleIds.contains(sale.saleId()) || !seenInPage.add(sale.saleId())) {
        continue;
      }
      if (!context.firesEvents() || staleness.isStale(sale.date(), context.now())) {
        continue;
      }
      switch (sale.kind()) {
        case BUYOUT -> events.add(new ProductBoughtOut(context.cabinet(), sale));
        case RETURN -> events.add(new ProductReturned(context.cabinet(), sale));
        case OTHER -> {}
      }
    }
    return events;
  }
}
