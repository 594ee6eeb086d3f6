package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.contract.SetAsideRowsContract;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The database keeps set-aside rows as the in-memory fake does. */
class PostgresSetAsideRowsContractTest extends SetAsideRowsContract {
  @Override
  protected SetAsideRows emptySetAside() {
    return ContractAdapters.emptied().setAsideRows();
  }

  @Test
  @DisplayName(
      "whatever a row's text holds (NUL, lone surrogates, the longest reason and excerpt), it is"
          + " stored, and the same row again is one row")
  void anyTextIsStored() {
    String odd = "Пла\u0000тье \ud800 " + "ж".repeat(1_000);
    SetAsideRow row =
        SetAsideRow.wbRow(
            SyncStream.FEEDBACKS,
            new CabinetId("odd-shop"),
            new UnreadableRow(1, odd, odd, odd),
            Instant.parse("2026-11-18T07:00:00Z"));
    setAside.record(List.of(row, row));
    assertEquals(1, setAside.newest(10).size());
    assertEquals(2, setAside.newest(10).get(0).timesSeen());
  }
}
