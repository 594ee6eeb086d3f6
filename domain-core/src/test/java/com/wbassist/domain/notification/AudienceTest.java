package com.wbassist.domain.notification;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.seller.Seller;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AudienceTest {
  private final Audience audience = new Audience();
  private final Instant detected = moscow("2026-11-18T09:30:00");
  private final OrderPlaced event = new OrderPlaced(CABINET, order("A").build());

  private static Seller ready(long id, Instant joined) {
    return Seller.newcomer(id, id, "").linkedTo(CABINET, true, joined);
  }

  @Test
  @DisplayName(
      "every ready, reachable seller of the cabinet who wants the type and had joined is told")
  void whoIsTold() {
    Seller told = ready(1, detected.minusSeconds(60));
    Seller joinedLater = ready(2, detected.plusSeconds(1));
    Seller mutedType =
        ready(3, detected).withSettings(NotificationSettings.allOn().toggle(EventType.NEW_ORDER));
    Seller mutedAll = ready(4, detected).withSettings(NotificationSettings.allOn().toggleAll());
    Seller blocked = ready(5, detected).unreachable();
    Seller syncing = Seller.newcomer(6, 6, "").linkedTo(CABINET, false, detected);
    Seller otherShop = Seller.newcomer(7, 7, "").linkedTo(new CabinetId("other"), true, detected);
    Seller waiting = Seller.newcomer(8, 8, "").awaitingToken();

    var recipients =
        audience.of(
            event,
            detected,
            List.of(told, joinedLater, mutedType, mutedAll, blocked, syncing, otherShop, waiting));

    assertEquals(List.of(1L), recipients.stream().map(Seller::telegramId).toList());
  }

  @Test
  @DisplayName("a seller who joined in the same instant the event was detected is told")
  void sameInstant() {
    assertEquals(1, audience.of(event, detected, List.of(ready(1, detected))).size());
  }
}
