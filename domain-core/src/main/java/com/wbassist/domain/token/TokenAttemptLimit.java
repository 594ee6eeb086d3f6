package com.wbassist.domain.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How many tokens one person may send within a sliding window before the bot asks them to wait.
 * Every token the bot takes is checked with WB, so a person pasting tokens in a loop would spend
 * WB's patience for everyone.
 *
 * <p>Only attempts that were let through count: a refused one is not recorded, so the wait the
 * person is told is the wait there is — writing again during it does not push it further.
 *
 * @param maxAttempts attempts let through within any {@code window}
 * @param window how far back attempts count
 */
public record TokenAttemptLimit(int maxAttempts, Duration window) {
  /** A few typos and a corrected token fit; a loop does not. */
  public static final TokenAttemptLimit FIVE_IN_TEN_MINUTES =
      new TokenAttemptLimit(5, Duration.ofMinutes(10));

  public TokenAttemptLimit {
    Objects.requireNonNull(window, "window");
    if (maxAttempts < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "a token attempt limit needs at least one attempt in a positive window");
    }
  }

  /** Attempts at or before this instant no longer count at {@code now}: they may be forgotten. */
  public Instant forgottenUpTo(Instant now) {
    return now.minus(window);
  }

  /**
   * Judges an attempt at {@code now}.
   *
   * @param earlier the person's earlier attempts that were let through, in any order; those that
   *     left the window are ignored
   */
  public TokenAttemptVerdict judge(Collection<Instant> earlier, Instant now) {
    Instant forgotten = forgottenUpTo(now);
    List<Instant> counted = earlier.stream().filter(at -> at.isAfter(forgotten)).sorted().toList();
    if (counted.size() < maxAttempts) {
      return TokenAttemptVerdict.letThrough();
    }
    // One more fits when the attempt that keeps the window full leaves it.
    Instant leaves = counted.get(counted.size() - maxAttempts).plus(window);
    return TokenAttemptVerdict.waitFor(Duration.between(now, leaves));
  }
}
