package com.wbassist.domain.detection;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.market.SizeStock;
import java.util.List;

/**
 * What a stock snapshot leaves behind: the state of every size to remember (totals and episode
 * counters) and the sizes that ran low.
 */
public record StockOutcome(List<SizeStock> sizes, List<MarketEvent> events) {
  public StockOutcome {
    sizes = List.copyOf(sizes);
    events = List.copyOf(events);
  }
}
