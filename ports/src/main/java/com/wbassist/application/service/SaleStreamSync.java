package com.wbassist.application.service;

import com.wbassist.application.port.out.SaleStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionContext;
import com.wbassist.domain.detection.SaleEventRule;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.market.Sale;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sales and returns as a statistics stream: pages from WB, keyed by {@code saleID}, judged by
 * {@link SaleEventRule}.
 */
final class SaleStreamSync implements StatisticsStreamSync.Rows<Sale> {
  private final WbMarketData wb;
  private final SaleStore sales;
  private final SaleEventRule rule;

  SaleStreamSync(WbMarketData wb, SaleStore sales, SaleEventRule rule) {
    this.wb = wb;
    this.sales = sales;
    this.rule = rule;
  }

  @Override
  public WbPage<Sale> page(WbAccess access, Instant dateFrom) {
    return wb.salesPage(access, dateFrom);
  }

  @Override
  public Optional<Instant> cursor(CabinetId cabinet) {
    return sales.cursor(cabinet);
  }

  @Override
  public String key(Sale row) {
    return row.saleId();
  }

  @Override
  public Instant lastChangeDate(Sale row) {
    return row.lastChangeDate();
  }

  @Override
  public List<MarketEvent> detect(DetectionContext context, List<Sale> page, List<String> keys) {
    return rule.detect(context, page, sales.knownSaleIds(context.cabinet(), keys));
  }

  @Override
  public void store(StreamBatch<Sale> batch) {
    sales.store(batch);
  }
}
