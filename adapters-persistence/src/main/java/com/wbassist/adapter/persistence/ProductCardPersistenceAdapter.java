package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.BulkRows.Column;
import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.sync.SyncLease;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Product cards in {@code product_cards} (photos and sizes as JSON), the list's cursor in {@code
 * stream_positions}.
 */
final class ProductCardPersistenceAdapter implements ProductCardStore {
  private final Jdbc jdbc;
  private final EventJson json;
  private final BulkRows<ProductCard> cards;

  ProductCardPersistenceAdapter(Jdbc jdbc, EventJson json) {
    this.jdbc = jdbc;
    this.json = json;
    this.cards =
        BulkRows.upsert(
            "product_cards",
            List.of("nm_id"),
            null,
            List.of(
                new Column<>("nm_id", "bigint", c -> Long.toString(c.nmId())),
                new Column<>("imt_id", "bigint", c -> Long.toString(c.imtId())),
                new Column<>("subject_name", "text", ProductCard::subjectName),
                new Column<>("vendor_code", "text", ProductCard::vendorCode),
                new Column<>("brand", "text", ProductCard::brand),
                new Column<>("title", "text", ProductCard::title),
                new Column<>("photos", "jsonb", c -> json.photos(c.photos())),
                new Column<>("sizes", "jsonb", c -> json.sizes(c.sizes())),
                new Column<>("updated_at", "timestamptz", c -> BulkRows.text(c.updatedAt()))));
  }

  @Override
  public Optional<ProductCard> card(CabinetId cabinet, long nmId) {
    return jdbc.once(
        "reading a product card",
        connection -> {
          try (PreparedStatement read =
              connection.prepareStatement(
                  "select imt_id, subject_name, vendor_code, brand, title, photos::text as photos, sizes::text as sizes, updated_at"
                      + " from product_cards where cabinet_sid = ? and nm_id = ?")) {
            read.setString(1, cabinet.sid());
            read.setLong(2, nmId);
            try (ResultSet row = read.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new ProductCard(
                      nmId,
                      row.getLong("imt_id"),
                      row.getString("subject_name"),
                      row.getString("vendor_code"),
                      row.getString("brand"),
                      row.getString("title"),
                      json.photos(row.getString("photos")),
                      json.sizes(row.getString("sizes")),
                      SqlTime.get(row, "updated_at")));
            }
          }
        });
  }

  @Override
  public Optional<CardCursor> cursor(CabinetId cabinet) {
    return jdbc.once(
        "reading the card cursor", connection -> StreamPositions.cursor(connection, cabinet.sid()));
  }

  /**
   * Cards and cursor together, under the pass's lease: a crash never leaves the cursor past cards
   * that were not stored.
   */
  @Override
  public void store(SyncLease lease, List<ProductCard> newCards, Optional<CardCursor> cursor) {
    String cabinet = lease.cabinet().sid();
    Map<Long, ProductCard> latest = new LinkedHashMap<>();
    newCards.forEach(card -> latest.put(card.nmId(), card));
    jdbc.inTransaction(
        "storing product cards",
        connection -> {
          LeaseFence.hold(connection, lease);
          cards.write(connection, cabinet, List.copyOf(latest.values()));
          if (cursor.isPresent()) {
            StreamPositions.move(connection, cabinet, cursor.get());
          }
          return null;
        });
  }
}
