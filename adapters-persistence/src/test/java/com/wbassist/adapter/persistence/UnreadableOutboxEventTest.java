package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.PendingDelivery;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.OrderPlaced;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, the fourth loss: one outbox row that cannot be read used to fail every claim, stopping
 * dispatch on every server. Now it is set aside with its reason, visible to operators, and the rest
 * flows.
 */
class UnreadableOutboxEventTest extends DatabaseTest {
  private static final CabinetId SHOP = new CabinetId("poisoned-shop");
  private static final Instant NOW = moscow("2026-11-18T10:00:00");
  private static final Duration LEASE = Duration.ofMinutes(2);

  @BeforeEach
  void twoOrders() {
    List<MarketEvent> events =
        List.of(
            new OrderPlaced(SHOP, order("A").build()), new OrderPlaced(SHOP, order("B").build()));
    adapters
        .orders()
        .store(new StreamBatch<>(leaseOf(SHOP), List.of(), Optional.empty(), events, NOW));
  }

  private static void spoil(String srid) {
    try (Connection connection = db.dataSource().getConnection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(
          "update outbox_events set payload = '{\"written by\":\"an older release\"}'"
              + " where event_key = '"
              + srid
              + "'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("an event that no longer reads is set aside with why; the others are claimed")
  void unreadableEventSetAside() {
    spoil("A");
    List<OutboxEvent> claimed = adapters.outbox().claimUnexpanded(10, NOW, LEASE);
    assertEquals(List.of("B"), claimed.stream().map(e -> e.event().key()).toList());
    assertEquals(
        List.of("B"),
        adapters.outbox().claimUnexpanded(10, NOW.plus(LEASE).plusSeconds(1), LEASE).stream()
            .map(e -> e.event().key())
            .toList(),
        "after the lease only B comes back: A is never claimed again");
    List<SetAsideEvent> aside = adapters.setAsideEvents(10);
    assertEquals(1, aside.size());
    assertEquals("A", aside.get(0).key());
    assertTrue(aside.get(0).reason().startsWith("unreadable event: "), aside.get(0).reason());
  }

  @Test
  @DisplayName("a delivery whose event no longer reads fails for good with why; the next one goes")
  void unreadableDeliveryFails() {
    for (OutboxEvent event : adapters.outbox().claimUnexpanded(10, NOW, LEASE)) {
      adapters.outbox().expand(event.id(), List.of(7L), NOW);
    }
    spoil("A");
    assertEquals(List.of(), adapters.deliveries().claimPending(10, NOW, LEASE), "A failed");
    List<PendingDelivery> next = adapters.deliveries().claimPending(10, NOW, LEASE);
    assertEquals(List.of("B"), next.stream().map(d -> d.event().event().key()).toList());
    assertTrue(
        String.valueOf(
                query("select last_error from notification_deliveries where status = 'FAILED'"))
            .startsWith("unreadable event: "));
  }
}
