package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.ErasedRows;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An operator's erasure: everything of the cabinet goes, counted — unless a sync pass holds it. */
class CabinetEraserOnPostgresTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2026-11-18T07:00:00Z");
  private static final CabinetId LEFT = new CabinetId("left-shop");
  private static final CabinetId OTHER = new CabinetId("other-shop");

  private void shop(CabinetId shop, long seller) {
    adapters
        .cabinets()
        .save(
            Cabinet.connect(
                shop, "Лето", new ApiToken("eyJ.t.s"), NOW.plus(Duration.ofDays(90)), NOW));
    adapters.sellers().save(Seller.newcomer(seller, seller, "").linkedTo(shop, true, NOW));
    StoredRows rows = new StoredRows(db);
    rows.cursor(shop.sid(), "ORDERS", NOW);
    rows.order(shop.sid(), "o-1", NOW, NOW);
    rows.order(shop.sid(), "o-2", NOW, NOW);
    rows.feedback(shop.sid(), "f-1", NOW);
    long event = rows.event(shop.sid(), "o-1", NOW, true);
    rows.delivery(event, seller, "SENT", NOW);
    rows.syncRun(shop.sid(), NOW);
    adapters
        .setAsideRows()
        .record(
            List.of(
                SetAsideRow.wbRow(
                    SyncStream.ORDERS,
                    shop,
                    new UnreadableRow(3, "o-3", "srid is missing", "date: \"x\""),
                    NOW),
                SetAsideRow.chatUpdate(seller, seller, "given up", NOW)));
  }

  @Test
  @DisplayName(
      "erasing a cabinet removes its rows and the given people's, says how many, and leaves others")
  void erased() {
    shop(LEFT, 1001);
    shop(OTHER, 2002);

    Optional<ErasedRows> erased = adapters.cabinetEraser().erase(LEFT, List.of(1001L), NOW);

    Map<String, Long> rows = erased.orElseThrow().rows();
    assertEquals(1L, rows.get("cabinets"));
    assertEquals(1L, rows.get("sellers"));
    assertEquals(2L, rows.get("orders"));
    assertEquals(1L, rows.get("feedbacks"));
    assertEquals(1L, rows.get("outbox_events"));
    assertEquals(1L, rows.get("notification_deliveries"));
    assertEquals(1L, rows.get("sync_runs"));
    assertEquals(1L, rows.get("sync_run_streams"));
    assertEquals(1L, rows.get("stream_positions"));
    assertEquals(1L, rows.get("set_aside_rows"), "its unreadable WB rows; not a person's update");
    assertEquals(3L, count("select count(*) from set_aside_rows"));
    assertTrue(adapters.cabinets().find(LEFT).isEmpty());
    assertTrue(adapters.sellers().find(1001).isEmpty());
    assertTrue(adapters.cabinets().find(OTHER).isPresent());
    assertEquals(2L, count("select count(*) from orders where cabinet_sid = 'other-shop'"));
    assertEquals(1L, count("select count(*) from notification_deliveries"));
  }

  @Test
  @DisplayName("a cabinet a sync pass holds is not erased; once its lease ran out, it is")
  void leased() {
    shop(LEFT, 1001);
    db.execute(
        "update cabinets set lease_until = '"
            + NOW.plusSeconds(60)
            + "'::timestamptz where sid = 'left-shop'");

    assertEquals(Optional.empty(), adapters.cabinetEraser().erase(LEFT, List.of(1001L), NOW));
    assertTrue(adapters.cabinets().find(LEFT).isPresent());
    assertEquals(2L, count("select count(*) from orders"));

    Instant later = NOW.plusSeconds(61);
    assertEquals(
        1L,
        adapters
            .cabinetEraser()
            .erase(LEFT, List.of(1001L), later)
            .orElseThrow()
            .rows()
            .get("cabinets"));
  }
}
