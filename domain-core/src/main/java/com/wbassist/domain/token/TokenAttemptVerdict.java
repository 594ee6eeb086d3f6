package com.wbassist.domain.token;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether a person may send a token now and, if not, how long until they may.
 *
 * @param allowed the attempt is let through (and counted)
 * @param retryAfter how long until one more attempt fits, zero when allowed
 */
public record TokenAttemptVerdict(boolean allowed, Duration retryAfter) {
  private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

  public TokenAttemptVerdict {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (allowed != retryAfter.isZero() || retryAfter.isNegative()) {
      throw new IllegalArgumentException(
          "an allowed attempt waits for nothing, a refused one for some time: " + retryAfter);
    }
  }

  public static TokenAttemptVerdict letThrough() {
    return new TokenAttemptVerdict(true, Duration.ZERO);
  }

  public static TokenAttemptVerdict waitFor(Duration retryAfter) {
    return new TokenAttemptVerdict(false, retryAfter);
  }

  /** The wait in whole minutes, rounded up, as a person is told it: never "0 minutes". */
  public long minutesToWait() {
    return allowed
        ? 0
        : Math.max(1, (retryAfter.toNanos() + NANOS_PER_MINUTE - 1) / NANOS_PER_MINUTE);
  }
}
