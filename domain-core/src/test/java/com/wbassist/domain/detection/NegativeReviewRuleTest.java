package com.wbassist.domain.detection;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.sync.SyncKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NegativeReviewRuleTest {
  private final NegativeReviewRule rule = new NegativeReviewRule(DetectionPolicy.defaults());
  private final DetectionContext incremental =
      new DetectionContext(CABINET, SyncKind.INCREMENTAL, moscow("2026-11-18T10:30:00"));

  private static List<String> keys(List<MarketEvent> events) {
    return events.stream().map(MarketEvent::key).toList();
  }

  @Test
  @DisplayName("reviews of 1 to 3 stars seen for the first time are negative; 4 and 5 are not")
  void threshold() {
    var events =
        rule.detect(
            incremental,
            List.of(
                feedback("F1").stars(1).build(), feedback("F3").stars(3).build(),
                feedback("F4").stars(4).build(), feedback("F5").stars(5).build()),
            Set.of());
    assertEquals(List.of("F1", "F3"), keys(events));
  }

  @Test
  @DisplayName("the threshold is configurable")
  void configurable() {
    var strict = new NegativeReviewRule(new DetectionPolicy(Duration.ofDays(7), 1, 2));
    assertEquals(
        List.of("F1"),
        keys(
            strict.detect(
                incremental,
                List.of(feedback("F1").stars(1).build(), feedback("F2").stars(2).build()),
                Set.of())));
  }

  @Test
  @DisplayName(
      "a review already stored, a stale one, and any review in the primary sync fire nothing")
  void quiet() {
    assertEquals(
        List.of(),
        rule.detect(incremental, List.of(feedback("F1").stars(1).build()), Set.of("F1")));
    assertEquals(
        List.of(),
        rule.detect(
            incremental,
            List.of(feedback("F2").stars(1).created("2026-11-09T10:00:00").build()),
            Set.of()));
    var primary = new DetectionContext(CABINET, SyncKind.PRIMARY, incremental.now());
    assertEquals(
        List.of(), rule.detect(primary, List.of(feedback("F3").stars(1).build()), Set.of()));
  }
}
