package com.wbassist.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.wbassist.adapter.persistence.SetAsideEvent;
import com.wbassist.application.port.out.SetAsideEntry;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncStream;
import jakarta.json.JsonArray;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The set-aside list operators read: every kind in one array, newest first, in a stable shape. */
class SetAsideListTest {
  private static final Instant T = Instant.parse("2026-11-18T07:00:00Z");

  @Test
  @DisplayName(
      "outbox events, WB rows and chat updates in one array, newest first, each with its kind")
  void everyKind() {
    SetAsideEvent event =
        new SetAsideEvent(12, "shop-1", "NEW_ORDER", "srid-1", T, "unreadable event: x");
    SetAsideEntry order =
        new SetAsideEntry(
            SetAsideRow.wbRow(
                SyncStream.ORDERS,
                new CabinetId("shop-1"),
                new UnreadableRow(
                    17, "srid-9", "nmId should be a number but is an object", "nmId: {…}"),
                T.minusSeconds(600)),
            T.plusSeconds(60),
            3);
    SetAsideEntry update =
        new SetAsideEntry(
            SetAsideRow.chatUpdate(
                501,
                7_000_000_001L,
                "TextReceived not handled after 5 attempts; given up",
                T.minusSeconds(30)),
            T.minusSeconds(30),
            1);

    JsonArray list = SetAsideList.json(List.of(event), List.of(update, order));

    assertEquals(
        "[{\"kind\":\"ORDER_ROW\",\"sid\":\"shop-1\",\"key\":\"srid-9\",\"excerpt\":\"nmId: {…}\","
            + "\"setAsideAt\":\"2026-11-18T06:50:00Z\",\"lastSeenAt\":\"2026-11-18T07:01:00Z\","
            + "\"timesSeen\":3,\"reason\":\"nmId should be a number but is an object\"},"
            + "{\"kind\":\"OUTBOX_EVENT\",\"id\":12,\"sid\":\"shop-1\",\"type\":\"NEW_ORDER\","
            + "\"key\":\"srid-1\",\"setAsideAt\":\"2026-11-18T07:00:00Z\","
            + "\"reason\":\"unreadable event: x\"},"
            + "{\"kind\":\"CHAT_UPDATE\",\"telegramId\":7000000001,\"updateId\":501,"
            + "\"setAsideAt\":\"2026-11-18T06:59:30Z\",\"lastSeenAt\":\"2026-11-18T06:59:30Z\","
            + "\"timesSeen\":1,\"reason\":\"TextReceived not handled after 5 attempts; given up\"}]",
        list.toString());
    assertFalse(list.toString().contains("text"), "a chat update never says what it said");
  }

  @Test
  @DisplayName("nothing set aside is an empty array")
  void nothing() {
    assertEquals("[]", SetAsideList.json(List.of(), List.of()).toString());
  }
}
