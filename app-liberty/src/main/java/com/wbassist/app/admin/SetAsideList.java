package com.wbassist.app.admin;

import com.wbassist.adapter.persistence.SetAsideEvent;
import com.wbassist.application.port.out.SetAsideEntry;
import com.wbassist.application.port.out.SetAsideKind;
import com.wbassist.application.port.out.SetAsideRow;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /api/admin/set-aside}: what was set aside instead of stalling work or being dropped in
 * silence, as one JSON array, newest first — outbox events that no longer read ({@code
 * OUTBOX_EVENT}, not sent), rows WB sent that could not be read ({@code ORDER_ROW}, {@code
 * SALE_ROW}, {@code STOCK_ROW}, {@code FEEDBACK_ROW}, {@code CARD_ROW}: the rest of their page was
 * stored) and chat updates the bot gave up on or could no longer open ({@code CHAT_UPDATE}, never
 * what they said). Every entry has {@code kind}, {@code setAsideAt} and {@code reason}; the rest
 * depends on the kind (docs/operations.md).
 */
final class SetAsideList {
  private SetAsideList() {}

  private record Entry(Instant latest, JsonObjectBuilder json) {}

  static JsonArray json(List<SetAsideEvent> events, List<SetAsideEntry> rows) {
    List<Entry> entries = new ArrayList<>();
    for (SetAsideEvent event : events) {
      entries.add(
          new Entry(
              event.setAsideAt(),
              Json.createObjectBuilder()
                  .add("kind", "OUTBOX_EVENT")
                  .add("id", event.id())
                  .add("sid", event.cabinetSid())
                  .add("type", event.type())
                  .add("key", event.key())
                  .add("setAsideAt", event.setAsideAt().toString())
                  .add("reason", event.reason())));
    }
    for (SetAsideEntry aside : rows) {
      SetAsideRow row = aside.row();
      JsonObjectBuilder json = Json.createObjectBuilder().add("kind", row.kind().name());
      if (row.kind() == SetAsideKind.CHAT_UPDATE) {
        json.add("telegramId", number(row.owner())).add("updateId", number(row.key()));
      } else {
        json.add("sid", row.owner()).add("key", row.key()).add("excerpt", row.excerpt());
      }
      entries.add(
          new Entry(
              aside.lastSeenAt(),
              json.add("setAsideAt", row.at().toString())
                  .add("lastSeenAt", aside.lastSeenAt().toString())
                  .add("timesSeen", aside.timesSeen())
                  .add("reason", row.reason())));
    }
    entries.sort(Comparator.comparing(Entry::latest).reversed());
    JsonArrayBuilder list = Json.createArrayBuilder();
    entries.forEach(entry -> list.add(entry.json()));
    return list.build();
  }

  private static long number(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException notOne) {
      return 0;
    }
  }
}
