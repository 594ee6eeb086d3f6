package com.wbassist.application.service;

import com.wbassist.application.port.out.StockBatch;
import com.wbassist.application.port.out.StockStore;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.domain.detection.CriticalStockRule;
import com.wbassist.domain.detection.StockOutcome;
import com.wbassist.domain.market.StockLevel;
import com.wbassist.domain.sync.SyncStream;
import java.time.Clock;
import java.util.List;

/** Stocks: a complete snapshot every pass, judged size by size against the remembered totals. */
final class StockStreamSync implements StreamSync {
  private final WbMarketData wb;
  private final StockStore stocks;
  private final CriticalStockRule rule;
  private final Clock clock;

  StockStreamSync(WbMarketData wb, StockStore stocks, CriticalStockRule rule, Clock clock) {
    this.wb = wb;
    this.stocks = stocks;
    this.rule = rule;
    this.clock = clock;
  }

  @Override
  public SyncStream stream() {
    return SyncStream.STOCKS;
  }

  @Override
  public StreamResult sync(StreamSyncContext context) {
    var cabinet = context.detection().cabinet();
    List<StockLevel> snapshot = wb.stocks(context.access());
    StockOutcome outcome = rule.evaluate(context.detection(), snapshot, stocks.sizeStocks(cabinet));
    stocks.store(
        new StockBatch(
            context.lease().renewed(),
            snapshot,
            outcome.sizes(),
            outcome.events(),
            clock.instant()));
    return new StreamResult(snapshot.size(), outcome.events().size());
  }
}
