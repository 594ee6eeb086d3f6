package com.wbassist.domain.detection;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.sync.SyncKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SaleEventRuleTest {
  private final SaleEventRule rule = new SaleEventRule(DetectionPolicy.defaults());
  private final DetectionContext incremental =
      new DetectionContext(CABINET, SyncKind.INCREMENTAL, moscow("2026-11-18T10:00:00"));

  private static List<String> described(List<MarketEvent> events) {
    return events.stream().map(e -> e.type() + " " + e.key()).toList();
  }

  @Test
  @DisplayName("S… seen for the first time is a buyout, R… a return")
  void buyoutAndReturn() {
    var events =
        rule.detect(
            incremental,
            List.of(sale("S1").build(), sale("R1").money("-1500", "-1200").build()),
            Set.of());
    assertEquals(List.of("BUYOUT S1", "RETURN R1"), described(events));
  }

  @Test
  @DisplayName("other saleID prefixes fire nothing")
  void otherPrefixes() {
    var events =
        rule.detect(
            incremental,
            List.of(sale("D1").build(), sale("A1").build(), sale("B1").build()),
            Set.of());
    assertEquals(List.of(), events);
  }

  @Test
  @DisplayName("a sale already stored fires nothing")
  void knownSale() {
    assertEquals(List.of(), rule.detect(incremental, List.of(sale("S1").build()), Set.of("S1")));
  }

  @Test
  @DisplayName("primary sync and stale rows fire nothing")
  void primaryAndStale() {
    var primary = new DetectionContext(CABINET, SyncKind.PRIMARY, incremental.now());
    assertEquals(List.of(), rule.detect(primary, List.of(sale("S1").build()), Set.of()));
    assertEquals(
        List.of(),
        rule.detect(
            incremental, List.of(sale("S2").date("2026-11-10T09:00:00").build()), Set.of()));
  }

  @Test
  @DisplayName("a saleID repeated in one page fires once")
  void repeated() {
    assertEquals(
        List.of("BUYOUT S1"),
        described(
            rule.detect(incremental, List.of(sale("S1").build(), sale("S1").build()), Set.of())));
  }
}
