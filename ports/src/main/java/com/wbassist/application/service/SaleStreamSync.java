package com.wbassist.application.service;

import com.wbassist.application.port.out.SaleStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.domain.detection.SaleEventRule;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.sync.StatisticsPaging;
import com.wbassist.domain.sync.SyncPolicy;
import com.wbassist.domain.sync.SyncStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sales and returns: {@code flag=0} paging from the watermark, like orders. */
final class SaleStreamSync implements StreamSync {
  private final WbMarketData wb;
  private final SaleStore sales;
  private final SaleEventRule rule;
  private final SyncPolicy policy;
  private final Clock clock;

  SaleStreamSync(
      WbMarketData wb, SaleStore sales, SaleEventRule rule, SyncPolicy policy, Clock clock) {
    this.wb = wb;
    this.sales = sales;
    this.rule = rule;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public SyncStream stream() {
    return SyncStream.SALES;
  }

  @Override
  public StreamResult sync(StreamSyncContext context) {
    var cabinet = context.detection().cabinet();
    StatisticsPaging paging = new StatisticsPaging(policy.statisticsPageLimit());
    Optional<Instant> watermark = sales.watermark(cabinet);
    Instant dateFrom = policy.statisticsDateFrom(watermark, context.now());
    Set<String> seenInPass = new HashSet<>();
    long rows = 0;
    int found = 0;
    while (true) {
      List<Sale> page = wb.salesPage(context.access(), dateFrom);
      List<String> keys = page.stream().map(Sale::saleId).toList();
      List<Instant> changes = page.stream().map(Sale::lastChangeDate).toList();
      boolean unseen = seenInPass.addAll(keys);
      if (!page.isEmpty()) {
        Set<String> known = sales.knownSaleIds(cabinet, keys);
        List<MarketEvent> events = rule.detect(context.detection(), page, known);
        watermark = StatisticsPaging.advance(watermark, changes);
        sales.store(new StreamBatch<>(cabinet, page, watermark, events, clock.instant()));
        rows += page.size();
        found += events.size();
        context
            .onProgress()
            .accept(
                context
                    .progress()
                    .within(
                        stream(),
                        StatisticsProgress.fraction(policy, changes, context.now()),
                        rows));
      }
      Optional<Instant> next = paging.nextDateFrom(changes, unseen);
      if (next.isEmpty()) {
        return new StreamResult(rows, found);
      }
      dateFrom = next.get();
    }
  }
}
