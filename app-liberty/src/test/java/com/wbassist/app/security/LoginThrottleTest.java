package com.wbassist.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private Instant now = Instant.parse("2026-12-02T10:00:00Z");
  private final LoginThrottle throttle =
      new LoginThrottle(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  @DisplayName("each failed login doubles the wait before the client's next attempt is checked")
  void doubling() {
    assertEquals(Duration.ZERO, throttle.waitBefore("10.0.0.1"));
    assertEquals(Duration.ofSeconds(1), throttle.failed("10.0.0.1"));
    assertEquals(Duration.ofSeconds(1), throttle.waitBefore("10.0.0.1"));
    assertEquals(Duration.ZERO, throttle.waitBefore("10.0.0.2"), "other clients are not slowed");
    assertEquals(Duration.ofSeconds(2), throttle.failed("10.0.0.1"));
    assertEquals(Duration.ofSeconds(4), throttle.failed("10.0.0.1"));
    now = now.plusSeconds(3);
    assertEquals(Duration.ofSeconds(1), throttle.waitBefore("10.0.0.1"));
    now = now.plusSeconds(1);
    assertEquals(Duration.ZERO, throttle.waitBefore("10.0.0.1"));
  }

  @Test
  @DisplayName("the wait is at most five minutes, and a successful login clears it")
  void capAndReset() {
    for (int i = 0; i < 40; i++) {
      throttle.failed("10.0.0.1");
    }
    assertEquals(Duration.ofMinutes(5), throttle.waitBefore("10.0.0.1"));
    throttle.succeeded("10.0.0.1");
    assertEquals(Duration.ZERO, throttle.waitBefore("10.0.0.1"));
    assertEquals(Duration.ofSeconds(1), throttle.failed("10.0.0.1"));
  }
}
