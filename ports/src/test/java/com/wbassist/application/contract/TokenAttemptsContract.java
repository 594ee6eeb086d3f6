package com.wbassist.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.TokenAttempts;
import com.wbassist.domain.token.TokenAttemptLimit;
import com.wbassist.domain.token.TokenAttemptVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link TokenAttempts} must do — the in-memory fake and the database
 * adapter alike. Extend it and return a fresh, empty port from {@link #emptyAttempts()}.
 */
public abstract class TokenAttemptsContract {
  protected static final TokenAttemptLimit LIMIT = TokenAttemptLimit.FIVE_IN_TEN_MINUTES;
  protected static final Instant NOW = Instant.parse("2026-11-18T07:00:00Z");
  protected static final long ANNA = 5_000_000_001L;
  private static final long BORIS = 5_000_000_002L;
  private static final int RACERS = 6;

  protected TokenAttempts attempts;

  /** A fresh port on an empty storage. */
  protected abstract TokenAttempts emptyAttempts();

  @BeforeEach
  void openAttempts() {
    attempts = emptyAttempts();
  }

  protected TokenAttemptVerdict attemptAt(long telegramId, Duration sinceNow) {
    return attempts.attempt(telegramId, NOW.plus(sinceNow), LIMIT);
  }

  private static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  @Test
  @DisplayName("five attempts in ten minutes are let through; the sixth waits for the first to age")
  void sixthWaits() {
    for (int minute = 0; minute < 5; minute++) {
      assertTrue(attemptAt(ANNA, minutes(minute)).allowed(), "attempt at minute " + minute);
    }
    TokenAttemptVerdict sixth = attemptAt(ANNA, minutes(6));
    assertFalse(sixth.allowed());
    assertEquals(minutes(4), sixth.retryAfter());
  }

  @Test
  @DisplayName("a refused attempt is not counted: after the wait it was told, the person is let in")
  void refusedNotCounted() {
    for (int i = 0; i < 5; i++) {
      attemptAt(ANNA, Duration.ZERO);
    }
    for (int minute = 1; minute < 10; minute++) {
      assertFalse(attemptAt(ANNA, minutes(minute)).allowed(), "minute " + minute);
    }
    assertTrue(attemptAt(ANNA, minutes(10)).allowed(), "the wait told at minute 1 holds");
  }

  @Test
  @DisplayName("the window slides: attempts older than ten minutes are forgotten, newer ones count")
  void windowSlides() {
    for (int minute = 0; minute < 5; minute++) {
      attemptAt(ANNA, minutes(minute * 2));
    }
    assertTrue(attemptAt(ANNA, minutes(10)).allowed(), "the attempt at minute 0 left");
    assertFalse(attemptAt(ANNA, minutes(11)).allowed(), "minutes 2 to 10 still count");
    assertTrue(attemptAt(ANNA, minutes(60)).allowed());
  }

  @Test
  @DisplayName("each person has their own count")
  void perPerson() {
    for (int i = 0; i < 5; i++) {
      attemptAt(ANNA, Duration.ZERO);
    }
    assertFalse(attemptAt(ANNA, Duration.ZERO).allowed());
    assertTrue(attemptAt(BORIS, Duration.ZERO).allowed());
  }

  @Test
  @DisplayName("attempts at once with room for one left: exactly one is let through, every time")
  void raceAtTheEdge() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      for (long person = 1; person <= 20; person++) {
        for (int i = 0; i < LIMIT.maxAttempts() - 1; i++) {
          attempts.attempt(person, NOW, LIMIT);
        }
        assertEquals(1, letThrough(pool, person), "person " + person);
      }
    } finally {
      pool.shutdown();
    }
  }

  /** {@value #RACERS} attempts of one person, started together; how many were let through. */
  private long letThrough(ExecutorService pool, long person) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<TokenAttemptVerdict>> racers = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      Callable<TokenAttemptVerdict> racer =
          () -> {
            start.await();
            return attempts.attempt(person, NOW.plusSeconds(1), LIMIT);
          };
      racers.add(pool.submit(racer));
    }
    start.countDown();
    long allowed = 0;
    for (Future<TokenAttemptVerdict> racer : racers) {
      allowed += racer.get().allowed() ? 1 : 0;
    }
    return allowed;
  }
}
