package com.wbassist.application.service;

import com.wbassist.application.port.out.OrderStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.domain.detection.KnownOrder;
import com.wbassist.domain.detection.OrderEventRule;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.sync.StatisticsPaging;
import com.wbassist.domain.sync.SyncPolicy;
import com.wbassist.domain.sync.SyncStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orders: {@code flag=0} paging from the watermark; each page's events judged against the stored
 * state of its keys.
 */
final class OrderStreamSync implements StreamSync {
  private final WbMarketData wb;
  private final OrderStore orders;
  private final OrderEventRule rule;
  private final SyncPolicy policy;
  private final Clock clock;

  OrderStreamSync(
      WbMarketData wb, OrderStore orders, OrderEventRule rule, SyncPolicy policy, Clock clock) {
    this.wb = wb;
    this.orders = orders;
    this.rule = rule;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public SyncStream stream() {
    return SyncStream.ORDERS;
  }

  @Override
  public StreamResult sync(StreamSyncContext context) {
    var cabinet = context.detection().cabinet();
    StatisticsPaging paging = new StatisticsPaging(policy.statisticsPageLimit());
    Optional<Instant> watermark = orders.watermark(cabinet);
    Instant dateFrom = policy.statisticsDateFrom(watermark, context.now());
    Set<String> seenInPass = new HashSet<>();
    long rows = 0;
    int found = 0;
    while (true) {
      List<Order> page = wb.ordersPage(context.access(), dateFrom);
      List<String> keys = page.stream().map(Order::srid).toList();
      List<Instant> changes = page.stream().map(Order::lastChangeDate).toList();
      boolean unseen = seenInPass.addAll(keys);
      if (!page.isEmpty()) {
        Map<String, KnownOrder> known = orders.knownOrders(cabinet, keys);
        List<MarketEvent> events = rule.detect(context.detection(), page, known);
        watermark = StatisticsPaging.advance(watermark, changes);
        orders.store(new StreamBatch<>(cabinet, page, watermark, events, clock.instant()));
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
