package com.wbassist.domain.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The warnings a cabinet's members get before its token's {@code exp}: a week before, and a day
 * before (docs/decisions/0622). Each is given once per token; a cabinet first looked at inside the
 * last day gets only the day's warning — the week's would say less than the truth.
 */
public enum TokenExpiryWarning {
  /** At most 7 days are left. */
  WEEK(7),
  /** At most 1 day is left. */
  DAY(1);

  private final int daysLeft;

  TokenExpiryWarning(int daysLeft) {
    this.daysLeft = daysLeft;
  }

  /** How many days before the expiry this warning is due; also its order (fewer is later). */
  public int daysLeft() {
    return daysLeft;
  }

  /**
   * The warning due now for a token expiring at {@code expiresAt}: the latest level reached, or
   * none before the last week, after the expiry (WB refuses the token then, and the refusal speaks
   * for itself), or when the expiry is unknown.
   */
  public static Optional<TokenExpiryWarning> dueAt(Instant expiresAt, Instant now) {
    if (expiresAt == null || !now.isBefore(expiresAt)) {
      return Optional.empty();
    }
    Duration left = Duration.between(now, expiresAt);
    if (left.compareTo(Duration.ofDays(DAY.daysLeft)) <= 0) {
      return Optional.of(DAY);
    }
    if (left.compareTo(Duration.ofDays(WEEK.daysLeft)) <= 0) {
      return Optional.of(WEEK);
    }
    return Optional.empty();
  }
}
