package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.BulkRows.Column;
import com.wbassist.application.port.out.OrderStore;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.KnownOrder;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders in the {@code orders} table, one row per (cabinet, srid), the newest {@code
 * lastChangeDate} kept.
 */
final class OrderPersistenceAdapter implements OrderStore {
  static final List<Column<Order>> COLUMNS =
      BulkRows.columns(
          List.of(
              new Column<>("srid", "text", Order::srid),
              new Column<>("g_number", "text", Order::gNumber),
              new Column<>("order_date", "timestamptz", o -> BulkRows.text(o.date())),
              new Column<>(
                  "last_change_date", "timestamptz", o -> BulkRows.text(o.lastChangeDate())),
              new Column<>("cancelled", "boolean", o -> Boolean.toString(o.cancelled())),
              new Column<>("cancel_date", "timestamptz", o -> BulkRows.text(o.cancelDate()))),
          StatisticsColumns.of(Order::product, Order::place, Order::prices));

  private final KeyedRows<Order> orders;

  OrderPersistenceAdapter(Jdbc jdbc, OutboxWriter outbox) {
    this.orders =
        new KeyedRows<>(
            jdbc,
            outbox,
            SyncStream.ORDERS,
            "orders",
            "srid",
            Order::srid,
            Order::lastChangeDate,
            BulkRows.upsert("orders", List.of("srid"), "last_change_date", COLUMNS));
  }

  @Override
  public Map<String, KnownOrder> knownOrders(CabinetId cabinet, Collection<String> srids) {
    return orders.known(
        cabinet.sid(),
        srids,
        "cancelled",
        row -> new KnownOrder(row.getString(1), row.getBoolean(2)));
  }

  @Override
  public Optional<Instant> cursor(CabinetId cabinet) {
    return orders.cursor(cabinet.sid());
  }

  @Override
  public void store(StreamBatch<Order> batch) {
    orders.store(batch);
  }
}
