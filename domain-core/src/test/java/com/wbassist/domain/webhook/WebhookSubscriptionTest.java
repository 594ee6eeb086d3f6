package com.wbassist.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.webhook.WebhookSubscription.State;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {
  private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
  private final WebhookSubscription active =
      new WebhookSubscription(
          1,
          new CabinetId("sid-1"),
          URI.create("https://crm.example.com/wb"),
          Set.of(WebhookEventType.NEW_ORDER),
          State.ACTIVE,
          null,
          T0);

  @Test
  @DisplayName("failing for a day without one success pauses it, and only that failure pauses it")
  void pausedAfterADayOfFailures() {
    WebhookSubscription first = active.failed(T0);
    assertEquals(T0, first.failingSince());
    WebhookSubscription later = first.failed(T0.plus(Duration.ofHours(23)));
    assertTrue(later.active());
    assertEquals(T0, later.failingSince(), "failing since the first failure");
    WebhookSubscription dayOn = later.failed(T0.plus(Duration.ofDays(1)));
    assertEquals(State.PAUSED, dayOn.state());
    assertTrue(dayOn.pausedBy(later), "the owner is told now");
    WebhookSubscription again = dayOn.failed(T0.plus(Duration.ofDays(1)).plusSeconds(5));
    assertFalse(again.pausedBy(dayOn), "and not again");
  }

  @Test
  @DisplayName("one success in between starts the day anew")
  void successForgets() {
    WebhookSubscription recovered = active.failed(T0).failed(T0.plusSeconds(3600)).succeeded();
    assertNull(recovered.failingSince());
    assertTrue(recovered.failed(T0.plus(Duration.ofDays(1))).active());
  }

  @Test
  @DisplayName("turned on again, its failures are forgotten")
  void resumed() {
    WebhookSubscription paused = active.failed(T0).failed(T0.plus(Duration.ofDays(2)));
    assertEquals(State.PAUSED, paused.state());
    WebhookSubscription resumed = paused.resumed();
    assertTrue(resumed.active());
    assertNull(resumed.failingSince());
  }

  @Test
  @DisplayName("a subscription asks for at least one event type")
  void someType() {
    assertThrows(IllegalArgumentException.class, () -> active.withTypes(Set.of()));
    assertTrue(active.wants(WebhookEventType.NEW_ORDER));
    assertFalse(active.wants(WebhookEventType.SYNC_FAILED));
  }
}
