package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.PendingDelivery;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.market.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The outbox and deliveries beyond the contract: what the rows record. */
class OutboxTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("outbox-shop");
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private OutboxEvent oneEvent() {
    adapters
        .orders()
        .store(
            new StreamBatch<>(
                leaseOf(SHOP),
                List.of(),
                Optional.empty(),
                List.of(new OrderPlaced(SHOP, order("A").build())),
                NOW));
    return adapters.outbox().claimUnexpanded(1, NOW, LEASE).get(0);
  }

  @Test
  @DisplayName("an order first seen cancelled: NEW_ORDER comes out before ORDER_CANCELLED")
  void eventOrder() {
    Order cancelled = order("A").cancelled("2026-11-18T09:00:00").build();
    adapters
        .orders()
        .store(
            new StreamBatch<>(
                leaseOf(SHOP),
                List.of(cancelled),
                Optional.empty(),
                List.of(new OrderPlaced(SHOP, cancelled), new OrderCancelled(SHOP, cancelled)),
                NOW));
    assertEquals(
        List.of(EventType.NEW_ORDER, EventType.ORDER_CANCELLED),
        adapters.outbox().claimUnexpanded(10, NOW, LEASE).stream()
            .map(e -> e.event().type())
            .toList());
  }

  @Test
  @DisplayName(
      "a recipient unknown to the seller table is written to by id; an unknown event expands to nothing")
  void expansionEdges() {
    OutboxEvent event = oneEvent();
    adapters.outbox().expand(event.id(), List.of(555L), NOW);
    assertEquals(555L, adapters.deliveries().claimPending(10, NOW, LEASE).get(0).chatId());
    adapters.outbox().expand(9_999, List.of(1L), NOW);
    assertEquals(1, count("select count(*) from notification_deliveries"));
  }

  @Test
  @DisplayName(
      "a sent delivery keeps Telegram's message id; one given up keeps its error and is never claimed again")
  void outcomes() {
    OutboxEvent event = oneEvent();
    adapters.outbox().expand(event.id(), List.of(1L, 2L), NOW);
    List<PendingDelivery> pending = adapters.deliveries().claimPending(10, NOW, LEASE);
    adapters.deliveries().markSent(pending.get(0).id(), 4242, NOW);
    adapters.deliveries().markFailed(pending.get(1).id(), "bot blocked", null, NOW);
    assertEquals(
        "SENT|4242|1",
        query(
            "select status || '|' || telegram_message_id || '|' || attempts from notification_deliveries where id = "
                + pending.get(0).id()));
    assertEquals(
        "FAILED|bot blocked|1",
        query(
            "select status || '|' || last_error || '|' || attempts from notification_deliveries where id = "
                + pending.get(1).id()));
    assertEquals(
        List.of(), adapters.deliveries().claimPending(10, NOW.plus(Duration.ofDays(1)), LEASE));
  }

  @Test
  @DisplayName("an expanded event is marked with its time and no longer leased")
  void expandedMark() {
    OutboxEvent event = oneEvent();
    adapters.outbox().expand(event.id(), List.of(), NOW);
    assertEquals(
        1,
        count(
            "select count(*) from outbox_events where expanded_at is not null and lease_until is null"));
  }
}
