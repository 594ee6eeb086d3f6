package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.token.TokenAttemptLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CabinetErasureTest extends DatabaseTest {
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final CabinetId REPLAYED = new CabinetId("replayed-shop");
  private static final CabinetId OTHER = new CabinetId("other-shop");

  private void shopWithNews(CabinetId shop, long seller) {
    adapters
        .cabinets()
        .save(
            Cabinet.connect(
                shop, "Магазин", new ApiToken("eyJ.t.s"), NOW.plus(Duration.ofDays(9)), NOW));
    adapters.sellers().save(Seller.newcomer(seller, seller, "").linkedTo(shop, true, NOW));
    var placed = new OrderPlaced(shop, order("A-" + shop.sid()).build());
    adapters
        .orders()
        .store(
            new StreamBatch<>(
                leaseOf(shop), List.of(placed.order()), Optional.of(NOW), List.of(placed), NOW));
    adapters
        .outbox()
        .claimUnexpanded(10, NOW, Duration.ofMinutes(1))
        .forEach(e -> adapters.outbox().expand(e.id(), List.of(seller), NOW));
  }

  @Test
  @DisplayName(
      "forgetting a cabinet removes it, its rows, events, deliveries and the given sellers — and nothing else")
  void forget() {
    shopWithNews(REPLAYED, 1001);
    shopWithNews(OTHER, 2002);
    adapters.sellers().save(Seller.newcomer(1002, 1002, "").awaitingToken());
    for (long person : List.of(1001L, 1002L, 2002L)) {
      adapters.tokenAttempts().attempt(person, NOW, TokenAttemptLimit.FIVE_IN_TEN_MINUTES);
    }

    adapters.forget(REPLAYED, List.of(1001L, 1002L));

    assertTrue(adapters.cabinets().find(REPLAYED).isEmpty());
    assertTrue(adapters.sellers().find(1001).isEmpty());
    assertTrue(adapters.sellers().find(1002).isEmpty());
    assertTrue(adapters.orders().knownOrders(REPLAYED, List.of("A-replayed-shop")).isEmpty());
    assertEquals(Optional.empty(), adapters.orders().cursor(REPLAYED));
    assertEquals(1L, ((Number) query("select count(*) from outbox_events")).longValue());
    assertEquals(1L, ((Number) query("select count(*) from notification_deliveries")).longValue());
    assertTrue(adapters.cabinets().find(OTHER).isPresent());
    assertTrue(adapters.sellers().find(2002).isPresent());
    assertEquals(
        "2002",
        String.valueOf(query("select string_agg(telegram_id::text, ',') from token_attempts")),
        "the given sellers' token attempts are forgotten too, no one else's");
  }
}
