package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BotApiBreakerTest {
  private static final Instant T = Instant.parse("2026-11-18T06:00:00Z");
  private final BotApiBreaker breaker =
      new BotApiBreaker(3, Duration.ofSeconds(30), Duration.ofMinutes(2));

  @Test
  @DisplayName("three failures in a row pause sending for 30 s; one try after the pause decides")
  void opensAndTriesAgain() {
    breaker.failed(T);
    breaker.failed(T);
    assertTrue(breaker.allows(T), "two failures are not an outage");
    breaker.failed(T);
    assertFalse(breaker.allows(T.plusSeconds(29)));
    assertTrue(breaker.allows(T.plusSeconds(30)), "the pause is over: one try");
    breaker.failed(T.plusSeconds(30));
    assertEquals(T.plusSeconds(90), breaker.pausedUntil(), "failed again: the pause doubles");
  }

  @Test
  @DisplayName("the pause doubles up to its ceiling; a success closes it and resets the pause")
  void ceilingAndReset() {
    Instant now = T;
    for (int relapse = 0; relapse < 6; relapse++) {
      breaker.failed(now);
      breaker.failed(now);
      breaker.failed(now);
      now = breaker.pausedUntil();
    }
    breaker.failed(now);
    assertEquals(now.plus(Duration.ofMinutes(2)), breaker.pausedUntil(), "at most two minutes");
    breaker.succeeded();
    Instant later = breaker.pausedUntil().plusSeconds(1);
    breaker.failed(later);
    breaker.failed(later);
    assertTrue(breaker.allows(later), "counting starts again after a success");
    breaker.failed(later);
    assertEquals(later.plusSeconds(30), breaker.pausedUntil(), "and the pause is short again");
  }

  @Test
  @DisplayName("a success between failures keeps it closed")
  void successInBetween() {
    breaker.failed(T);
    breaker.failed(T);
    breaker.succeeded();
    breaker.failed(T);
    assertTrue(breaker.allows(T));
  }
}
