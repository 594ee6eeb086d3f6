package com.wbassist.application.service;

import com.wbassist.application.port.out.StockBatch;
import com.wbassist.application.port.out.StockStore;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.detection.CriticalStockRule;
import com.wbassist.domain.detection.StockOutcome;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import com.wbassist.domain.market.StockLevel;
import com.wbassist.domain.sync.SyncStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stocks: a complete snapshot every pass, judged size by size against the remembered totals.
 *
 * <p>A stock row WB sent that could not be read is set aside, and the snapshot is no longer
 * complete for what it was about: a size with an unreadable row is not judged this pass (its
 * readable rows would sum to too little, a false "running out") and keeps what was remembered of
 * it; when an unreadable row does not even say its size, no size is judged as vanished (it might be
 * that one). Every readable row is stored, and judged as usual.
 */
final class StockStreamSync implements StreamSync {
  private final WbMarketData wb;
  private final StockStore stocks;
  private final CriticalStockRule rule;
  private final Clock clock;
  private final UnreadableWbRows unreadable;

  StockStreamSync(
      WbMarketData wb,
      StockStore stocks,
      CriticalStockRule rule,
      Clock clock,
      UnreadableWbRows unreadable) {
    this.wb = wb;
    this.stocks = stocks;
    this.rule = rule;
    this.clock = clock;
    this.unreadable = unreadable;
  }

  @Override
  public SyncStream stream() {
    return SyncStream.STOCKS;
  }

  @Override
  public StreamResult sync(StreamSyncContext context) {
    var cabinet = context.detection().cabinet();
    WbPage<StockLevel> snapshot = wb.stocks(context.access());
    unreadable.setAside(cabinet, stream(), snapshot.unreadable());
    Map<SizeKey, SizeStock> stored = stocks.sizeStocks(cabinet);
    StockOutcome outcome =
        snapshot.unreadable().isEmpty()
            ? rule.evaluate(context.detection(), snapshot.rows(), stored)
            : judgedWithout(context, snapshot, stored);
    List<MarketEvent> events = context.toStore(outcome.events());
    stocks.store(
        new StockBatch(
            context.lease().renewed(), snapshot.rows(), outcome.sizes(), events, clock.instant()));
    return new StreamResult(snapshot.rows().size(), events.size());
  }

  private StockOutcome judgedWithout(
      StreamSyncContext context, WbPage<StockLevel> snapshot, Map<SizeKey, SizeStock> stored) {
    Set<String> unjudged =
        snapshot.unreadable().stream()
            .map(UnreadableRow::key)
            .filter(key -> !key.isEmpty())
            .collect(Collectors.toSet());
    boolean sizeUnknown = snapshot.unreadable().stream().anyMatch(row -> row.key().isEmpty());
    List<StockLevel> judged =
        snapshot.rows().stream().filter(row -> !unjudged.contains(row.size().key())).toList();
    Set<SizeKey> present = judged.stream().map(StockLevel::size).collect(Collectors.toSet());
    Map<SizeKey, SizeStock> against = new LinkedHashMap<>();
    stored.forEach(
        (size, stock) -> {
          if (!unjudged.contains(size.key()) && (!sizeUnknown || present.contains(size))) {
            against.put(size, stock);
          }
        });
    return rule.evaluate(context.detection(), judged, against);
  }
}
