package com.wbassist.domain.detection;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.domain.event.EventType;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.sync.SyncKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderEventRuleTest {
  private final OrderEventRule rule = new OrderEventRule(DetectionPolicy.defaults());
  private final DetectionContext incremental =
      new DetectionContext(CABINET, SyncKind.INCREMENTAL, moscow("2026-11-18T09:30:00"));

  private static List<String> described(List<MarketEvent> events) {
    return events.stream().map(e -> e.type() + " " + e.key()).toList();
  }

  @Test
  @DisplayName("an order srid seen for the first time is a new order")
  void newOrder() {
    var events = rule.detect(incremental, List.of(order("A").build()), Map.of());
    assertEquals(List.of("NEW_ORDER A"), described(events));
  }

  @Test
  @DisplayName("an order already stored fires nothing when it comes again unchanged")
  void knownOrderIsQuiet() {
    var events =
        rule.detect(
            incremental, List.of(order("A").build()), Map.of("A", new KnownOrder("A", false)));
    assertEquals(List.of(), events);
  }

  @Test
  @DisplayName("a stored order seen cancelled for the first time is a cancellation")
  void cancellationOfKnownOrder() {
    var events =
        rule.detect(
            incremental,
            List.of(order("A").cancelled("2026-11-18T00:00:00").build()),
            Map.of("A", new KnownOrder("A", false)));
    assertEquals(List.of("ORDER_CANCELLED A"), described(events));
  }

  @Test
  @DisplayName("a cancellation already stored does not fire again")
  void cancellationOnce() {
    var events =
        rule.detect(
            incremental,
            List.of(order("A").cancelled("2026-11-18T00:00:00").build()),
            Map.of("A", new KnownOrder("A", true)));
    assertEquals(List.of(), events);
  }

  @Test
  @DisplayName("an order first seen already cancelled is a new order, then a cancellation")
  void firstSeenCancelled() {
    var events =
        rule.detect(
            incremental, List.of(order("A").cancelled("2026-11-18T00:00:00").build()), Map.of());
    assertEquals(List.of("NEW_ORDER A", "ORDER_CANCELLED A"), described(events));
  }

  @Test
  @DisplayName("the primary sync fires nothing")
  void primaryIsQuiet() {
    var primary = new DetectionContext(CABINET, SyncKind.PRIMARY, incremental.now());
    var events =
        rule.detect(
            primary, List.of(order("A").build(), order("B").cancelled(null).build()), Map.of());
    assertEquals(List.of(), events);
  }

  @Test
  @DisplayName(
      "a row older than seven days when first seen is stored silently; a two-day-late row still fires")
  void staleRows() {
    var events =
        rule.detect(
            incremental,
            List.of(
                order("OLD").date("2026-11-08T11:00:00").changed("2026-11-18T09:20:00").build(),
                order("LATE").date("2026-11-16T11:00:00").changed("2026-11-18T09:21:00").build()),
            Map.of());
    assertEquals(List.of("NEW_ORDER LATE"), described(events));
  }

  @Test
  @DisplayName("a stale order first seen cancelled fires neither event")
  void staleCancelled() {
    var events =
        rule.detect(
            incremental,
            List.of(
                order("OLD").date("2026-11-01T11:00:00").cancelled("2026-11-02T00:00:00").build()),
            Map.of());
    assertEquals(List.of(), events);
  }

  @Test
  @DisplayName("a cancellation WB dates older than seven days is stored silently")
  void staleCancellation() {
    var events =
        rule.detect(
            incremental,
            List.of(
                order("A").date("2026-11-01T11:00:00").cancelled("2026-11-02T00:00:00").build()),
            Map.of("A", new KnownOrder("A", false)));
    assertEquals(List.of(), events);
  }

  @Test
  @DisplayName("a key repeated inside one page fires once (WB's boundary rows)")
  void repeatedKeyInPage() {
    var events =
        rule.detect(incremental, List.of(order("A").build(), order("A").build()), Map.of());
    assertEquals(List.of("NEW_ORDER A"), described(events));
  }

  @Test
  @DisplayName(
      "a page that first shows an order and then its cancellation fires both, in that order")
  void newThenCancelledInOnePage() {
    var events =
        rule.detect(
            incremental,
            List.of(
                order("A").build(),
                order("A").changed("2026-11-18T09:29:00").cancelled(null).build()),
            Map.of());
    assertEquals(List.of("NEW_ORDER A", "ORDER_CANCELLED A"), described(events));
    assertEquals(EventType.NEW_ORDER, events.get(0).type());
  }
}
