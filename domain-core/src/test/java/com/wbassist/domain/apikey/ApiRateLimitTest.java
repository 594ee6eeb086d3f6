package com.wbassist.domain.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiRateLimitTest {
  private final ApiRateLimit limit = new ApiRateLimit(3);

  @Test
  @DisplayName("the limit's requests of a minute pass, the next one is refused")
  void perMinute() {
    assertTrue(limit.allows(1));
    assertTrue(limit.allows(3));
    assertFalse(limit.allows(4));
  }

  @Test
  @DisplayName("a request is counted in its calendar minute, and a refused one waits for its end")
  void window() {
    Instant now = Instant.parse("2026-12-02T09:15:42.500Z");
    assertEquals(Instant.parse("2026-12-02T09:15:00Z"), limit.windowOf(now));
    assertEquals(Duration.ofMillis(17_500), limit.retryAfter(now));
    assertEquals(
        Duration.ofSeconds(1), limit.retryAfter(Instant.parse("2026-12-02T09:15:59.900Z")));
  }

  @Test
  @DisplayName("a limit below one request a minute is refused")
  void sane() {
    assertThrows(IllegalArgumentException.class, () -> new ApiRateLimit(0));
  }
}
