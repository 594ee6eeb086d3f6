package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.BulkRows.Column;
import com.wbassist.application.port.out.StockBatch;
import com.wbassist.application.port.out.StockStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.market.SizeStock;
import com.wbassist.domain.market.StockLevel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last stock snapshot of each cabinet ({@code stock_levels}) and what is remembered per size
 * ({@code size_stocks}).
 */
final class StockPersistenceAdapter implements StockStore {
  private static final BulkRows<StockLevel> LEVELS =
      BulkRows.append(
          "stock_levels",
          List.of(
              new Column<>("nm_id", "bigint", s -> Long.toString(s.size().nmId())),
              new Column<>("chrt_id", "bigint", s -> Long.toString(s.size().chrtId())),
              new Column<>("warehouse_id", "bigint", s -> Long.toString(s.warehouseId())),
              new Column<>("warehouse_name", "text", StockLevel::warehouseName),
              new Column<>("region_name", "text", StockLevel::regionName),
              new Column<>("quantity", "integer", s -> Integer.toString(s.quantity())),
              new Column<>("in_way_to_client", "integer", s -> Integer.toString(s.inWayToClient())),
              new Column<>(
                  "in_way_from_client", "integer", s -> Integer.toString(s.inWayFromClient()))));

  private static final BulkRows<SizeStock> SIZES =
      BulkRows.upsert(
          "size_stocks",
          List.of("nm_id", "chrt_id"),
          null,
          List.of(
              new Column<>("nm_id", "bigint", s -> Long.toString(s.size().nmId())),
              new Column<>("chrt_id", "bigint", s -> Long.toString(s.size().chrtId())),
              new Column<>("total", "integer", s -> Integer.toString(s.total())),
              new Column<>("low_episodes", "integer", s -> Integer.toString(s.lowEpisodes()))));

  private final Jdbc jdbc;
  private final OutboxWriter outbox;

  StockPersistenceAdapter(Jdbc jdbc, OutboxWriter outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
  }

  @Override
  public Map<SizeKey, SizeStock> sizeStocks(CabinetId cabinet) {
    return jdbc.once(
        "reading stored stock totals",
        connection -> {
          try (PreparedStatement read =
              connection.prepareStatement(
                  "select nm_id, chrt_id, total, low_episodes from size_stocks where cabinet_sid = ?")) {
            read.setString(1, cabinet.sid());
            Map<SizeKey, SizeStock> sizes = new LinkedHashMap<>();
            try (ResultSet row = read.executeQuery()) {
              while (row.next()) {
                SizeKey size = new SizeKey(row.getLong("nm_id"), row.getLong("chrt_id"));
                sizes.put(
                    size, new SizeStock(size, row.getInt("total"), row.getInt("low_episodes")));
              }
            }
            return sizes;
          }
        });
  }

  /**
   * Replaces the snapshot, updates the sizes and adds the events: all of it or none, and only under
   * the batch's lease.
   */
  @Override
  public void store(StockBatch batch) {
    String cabinet = batch.cabinet().sid();
    Map<SizeKey, SizeStock> sizes = new LinkedHashMap<>();
    batch.sizes().forEach(size -> sizes.put(size.size(), size));
    jdbc.inTransaction(
        "storing a stock snapshot",
        connection -> {
          LeaseFence.hold(connection, batch.lease());
          try (PreparedStatement clear =
              connection.prepareStatement("delete from stock_levels where cabinet_sid = ?")) {
            clear.setString(1, cabinet);
            clear.executeUpdate();
          }
          LEVELS.write(connection, cabinet, batch.snapshot());
          SIZES.write(connection, cabinet, List.copyOf(sizes.values()));
          outbox.add(connection, cabinet, batch.events(), batch.detectedAt());
          return null;
        });
  }
}
