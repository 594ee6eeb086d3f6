package com.wbassist.domain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenAttemptLimitTest {
  private static final TokenAttemptLimit LIMIT = TokenAttemptLimit.FIVE_IN_TEN_MINUTES;
  private static final Instant T0 = Instant.parse("2026-11-18T06:00:00Z");

  /** Attempts at T0 plus each of these minutes. */
  private static List<Instant> at(int... minutes) {
    return IntStream.of(minutes).mapToObj(m -> T0.plus(Duration.ofMinutes(m))).toList();
  }

  private static Instant minute(double m) {
    return T0.plusSeconds((long) (m * 60));
  }

  @Test
  @DisplayName("up to five attempts in ten minutes are let through")
  void fiveFit() {
    assertTrue(LIMIT.judge(List.of(), T0).allowed());
    assertTrue(LIMIT.judge(at(0, 1, 2, 3), minute(4)).allowed());
  }

  @Test
  @DisplayName("the sixth within ten minutes waits until the first leaves the window")
  void sixthWaits() {
    TokenAttemptVerdict sixth = LIMIT.judge(at(0, 1, 2, 3, 4), minute(5));
    assertFalse(sixth.allowed());
    assertEquals(Duration.ofMinutes(5), sixth.retryAfter());
    assertEquals(5, sixth.minutesToWait());
  }

  @Test
  @DisplayName("the window slides: an attempt exactly ten minutes old no longer counts")
  void windowSlides() {
    assertFalse(LIMIT.judge(at(0, 1, 2, 3, 4), minute(9.99)).allowed());
    assertTrue(LIMIT.judge(at(0, 1, 2, 3, 4), minute(10)).allowed());
    assertFalse(
        LIMIT.judge(at(0, 1, 2, 3, 4, 10), minute(10.5)).allowed(),
        "the slot the first attempt freed is taken again");
  }

  @Test
  @DisplayName("the order attempts come in does not matter; old ones are ignored")
  void anyOrder() {
    TokenAttemptVerdict verdict = LIMIT.judge(at(-30, 4, 2, -11, 3, 1, 0), minute(5));
    assertEquals(
        Duration.ofMinutes(5), verdict.retryAfter(), "the wait runs from the oldest counted");
  }

  @Test
  @DisplayName("the wait is told in whole minutes, rounded up, never zero")
  void minutesRoundUp() {
    assertEquals(1, TokenAttemptVerdict.waitFor(Duration.ofSeconds(1)).minutesToWait());
    assertEquals(1, TokenAttemptVerdict.waitFor(Duration.ofSeconds(60)).minutesToWait());
    assertEquals(2, TokenAttemptVerdict.waitFor(Duration.ofSeconds(61)).minutesToWait());
    assertEquals(
        10,
        LIMIT.judge(at(0, 0, 0, 0, 0), minute(0.001)).minutesToWait(),
        "five at once, the sixth right after: ten minutes");
  }

  @Test
  @DisplayName("a limit lets at least one attempt through in a positive window")
  void sensibleLimits() {
    assertThrows(
        IllegalArgumentException.class, () -> new TokenAttemptLimit(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new TokenAttemptLimit(5, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> TokenAttemptVerdict.waitFor(Duration.ZERO));
  }
}
