package com.wbassist.domain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenExpiryWarningTest {
  private static final Instant EXP = Instant.parse("2026-12-25T07:00:00Z");

  private static Optional<TokenExpiryWarning> left(Duration left) {
    return TokenExpiryWarning.dueAt(EXP, EXP.minus(left));
  }

  @Test
  @DisplayName("nothing is due before the last week")
  void beforeTheWeek() {
    assertEquals(Optional.empty(), left(Duration.ofDays(7).plusSeconds(1)));
    assertEquals(Optional.empty(), left(Duration.ofDays(90)));
  }

  @Test
  @DisplayName("the week's warning is due from exactly 7 days before exp until a day before")
  void theWeek() {
    assertEquals(Optional.of(TokenExpiryWarning.WEEK), left(Duration.ofDays(7)));
    assertEquals(Optional.of(TokenExpiryWarning.WEEK), left(Duration.ofDays(7).minusSeconds(1)));
    assertEquals(Optional.of(TokenExpiryWarning.WEEK), left(Duration.ofDays(1).plusSeconds(1)));
  }

  @Test
  @DisplayName("the day's warning is due from exactly 1 day before exp until the last second")
  void theDay() {
    assertEquals(Optional.of(TokenExpiryWarning.DAY), left(Duration.ofDays(1)));
    assertEquals(Optional.of(TokenExpiryWarning.DAY), left(Duration.ofDays(1).minusSeconds(1)));
    assertEquals(Optional.of(TokenExpiryWarning.DAY), left(Duration.ofSeconds(1)));
  }

  @Test
  @DisplayName("nothing is due at or after exp (WB's refusal speaks then), nor without an expiry")
  void expired() {
    assertEquals(Optional.empty(), left(Duration.ZERO));
    assertEquals(Optional.empty(), TokenExpiryWarning.dueAt(EXP, EXP.plusSeconds(1)));
    assertEquals(Optional.empty(), TokenExpiryWarning.dueAt(null, EXP));
  }
}
