package com.wbassist.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.out.SetAsideEntry;
import com.wbassist.application.port.out.SetAsideKind;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link SetAsideRows} must do — the in-memory fake and the database
 * adapter alike. Extend it and return a fresh, empty store from {@link #emptySetAside()}.
 */
public abstract class SetAsideRowsContract {
  private static final Instant NOW = Instant.parse("2026-11-18T07:00:00Z");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000614");

  protected SetAsideRows setAside;

  protected abstract SetAsideRows emptySetAside();

  @BeforeEach
  void open() {
    setAside = emptySetAside();
  }

  private static SetAsideRow badOrder(String srid, String reason, Instant at) {
    return SetAsideRow.wbRow(
        SyncStream.ORDERS, SHOP, new UnreadableRow(17, srid, reason, "nmId: {…}"), at);
  }

  @Test
  @DisplayName("a row is kept as recorded: kind, cabinet, key, reason, excerpt, when")
  void keptAsRecorded() {
    SetAsideRow row = badOrder("r-1", "nmId should be a number but is an object", NOW);
    setAside.record(List.of(row));
    assertEquals(List.of(new SetAsideEntry(row, NOW, 1)), setAside.newest(10));
    assertEquals(SetAsideKind.ORDER_ROW, row.kind());
    assertEquals(SHOP.sid(), row.owner());
  }

  @Test
  @DisplayName(
      "the same row seen again is counted, with its last time, not recorded twice; another is added")
  void seenAgainIsCounted() {
    SetAsideRow first = badOrder("r-1", "nmId should be a number but is an object", NOW);
    setAside.record(List.of(first));
    setAside.record(
        List.of(
            badOrder("r-1", "nmId should be a number but is an object", NOW.plusSeconds(180)),
            badOrder("r-2", "date is missing", NOW.plusSeconds(60))));
    assertEquals(
        List.of(
            new SetAsideEntry(first, NOW.plusSeconds(180), 2),
            new SetAsideEntry(
                badOrder("r-2", "date is missing", NOW.plusSeconds(60)), NOW.plusSeconds(60), 1)),
        setAside.newest(10),
        "newest first by when last seen; the first sighting's time kept");
  }

  @Test
  @DisplayName("rows without a key, chat updates, and at most as many as asked, newest first")
  void newestFirst() {
    for (int i = 0; i < 5; i++) {
      setAside.record(
          List.of(
              SetAsideRow.wbRow(
                  SyncStream.STOCKS,
                  SHOP,
                  new UnreadableRow(i + 1, "", "chrtId is missing", "row " + i),
                  NOW.plusSeconds(i))));
    }
    setAside.record(
        List.of(SetAsideRow.chatUpdate(42, 5_000_000_001L, "given up", NOW.minusSeconds(1))));
    List<SetAsideEntry> newest = setAside.newest(3);
    assertEquals(
        List.of("row 4", "row 3", "row 2"), newest.stream().map(e -> e.row().excerpt()).toList());
    assertEquals(6, setAside.newest(100).size());
    SetAsideRow update = setAside.newest(100).get(5).row();
    assertEquals(
        SetAsideRow.chatUpdate(42, 5_000_000_001L, "given up", NOW.minusSeconds(1)), update);
  }
}
