package com.wbassist.application.service;

import com.wbassist.application.port.out.OrderStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionContext;
import com.wbassist.domain.detection.OrderEventRule;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.market.Order;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Orders as a statistics stream: pages from WB, keyed by {@code srid}, judged by {@link
 * OrderEventRule}.
 */
final class OrderStreamSync implements StatisticsStreamSync.Rows<Order> {
  private final WbMarketData wb;
  private final OrderStore orders;
  private final OrderEventRule rule;

  OrderStreamSync(WbMarketData wb, OrderStore orders, OrderEventRule rule) {
    this.wb = wb;
    this.orders = orders;
    this.rule = rule;
  }

  @Override
  public WbPage<Order> page(WbAccess access, Instant dateFrom) {
    return wb.ordersPage(access, dateFrom);
  }

  @Override
  public Optional<Instant> cursor(CabinetId cabinet) {
    return orders.cursor(cabinet);
  }

  @Override
  public String key(Order row) {
    return row.srid();
  }

  @Override
  public Instant lastChangeDate(Order row) {
    return row.lastChangeDate();
  }

  @Override
  public List<MarketEvent> detect(DetectionContext context, List<Order> page, List<String> keys) {
    return rule.detect(context, page, orders.knownOrders(context.cabinet(), keys));
  }

  @Override
  public void store(StreamBatch<Order> batch) {
    orders.store(batch);
  }
}
