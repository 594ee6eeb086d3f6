package com.wbassist.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  private static final Instant FIRST = Instant.parse("2026-12-02T09:00:00Z");
  private final RetrySchedule schedule = RetrySchedule.defaults();

  @Test
  @DisplayName("the wait doubles from 30 s each failure, up to an hour")
  void backoff() {
    assertEquals(Duration.ofSeconds(30), schedule.backoff(1));
    assertEquals(Duration.ofSeconds(60), schedule.backoff(2));
    assertEquals(Duration.ofSeconds(120), schedule.backoff(3));
    assertEquals(Duration.ofMinutes(32), schedule.backoff(7));
    assertEquals(Duration.ofHours(1), schedule.backoff(8));
    assertEquals(Duration.ofHours(1), schedule.backoff(500));
  }

  @Test
  @DisplayName("equal jitter: between half the wait and the whole wait, as the random source says")
  void jitter() {
    Instant now = FIRST.plusSeconds(60);
    assertEquals(
        Optional.of(now.plusSeconds(60)), schedule.next(3, FIRST, now, fixed(0)), "least: half");
    assertEquals(
        Optional.of(now.plusSeconds(120)),
        schedule.next(3, FIRST, now, fixed(Long.MAX_VALUE)),
        "most: the whole wait");
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 1000; i++) {
      Instant at = schedule.next(3, FIRST, now, random).orElseThrow();
      assertFalse(at.isBefore(now.plusSeconds(60)));
      assertFalse(at.isAfter(now.plusSeconds(120)));
    }
  }

  @Test
  @DisplayName("given up a day after the first attempt, with a last try at that moment")
  void givesUpAfterADay() {
    Instant late = FIRST.plus(Duration.ofHours(23).plusMinutes(50));
    assertEquals(
        Optional.of(FIRST.plus(Duration.ofDays(1))),
        schedule.next(30, FIRST, late, fixed(Long.MAX_VALUE)));
    assertEquals(
        Optional.empty(), schedule.next(31, FIRST, FIRST.plus(Duration.ofDays(1)), fixed(0)));
  }

  @Test
  @DisplayName(
      "a receiver down for a whole day gets about thirty attempts, never one after the day")
  void attemptsInADay() {
    SplittableRandom random = new SplittableRandom(42);
    Instant now = FIRST;
    int attempts = 1;
    Optional<Instant> next;
    while ((next = schedule.next(attempts, FIRST, now, random)).isPresent()) {
      assertTrue(next.get().isAfter(now));
      assertFalse(next.get().isAfter(FIRST.plus(Duration.ofDays(1))));
      now = next.get();
      attempts++;
    }
    assertTrue(attempts >= 25 && attempts <= 45, "attempts: " + attempts);
  }

  /** A random source whose every long is {@code value} within the asked bound. */
  private static RandomGenerator fixed(long value) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return value;
      }

      @Override
      public long nextLong(long bound) {
        return Math.min(value, bound - 1);
      }
    };
  }
}
