package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.BulkRows.Column;
import com.wbassist.application.port.out.SaleStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sales report rows in the {@code sales} table, one per (cabinet, saleID), the newest {@code
 * lastChangeDate} kept.
 */
final class SalePersistenceAdapter implements SaleStore {
  private static final List<Column<Sale>> COLUMNS =
      BulkRows.columns(
          List.of(
              new Column<>("sale_id", "text", Sale::saleId),
              new Column<>("srid", "text", Sale::srid),
              new Column<>("g_number", "text", Sale::gNumber),
              new Column<>("sale_date", "timestamptz", s -> BulkRows.text(s.date())),
              new Column<>(
                  "last_change_date", "timestamptz", s -> BulkRows.text(s.lastChangeDate()))),
          StatisticsColumns.of(Sale::product, Sale::place, Sale::prices));

  private final KeyedRows<Sale> sales;

  SalePersistenceAdapter(Jdbc jdbc, OutboxWriter outbox) {
    this.sales =
        new KeyedRows<>(
            jdbc,
            outbox,
            SyncStream.SALES,
            "sales",
            "sale_id",
            Sale::saleId,
            Sale::lastChangeDate,
            BulkRows.upsert("sales", List.of("sale_id"), "last_change_date", COLUMNS));
  }

  @Override
  public Set<String> knownSaleIds(CabinetId cabinet, Collection<String> saleIds) {
    return sales.known(cabinet.sid(), saleIds, "true", row -> Boolean.TRUE).keySet();
  }

  @Override
  public Optional<Instant> cursor(CabinetId cabinet) {
    return sales.cursor(cabinet.sid());
  }

  @Override
  public void store(StreamBatch<Sale> batch) {
    sales.store(batch);
  }
}
