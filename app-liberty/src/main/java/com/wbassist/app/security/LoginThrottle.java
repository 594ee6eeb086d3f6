package com.wbassist.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password guessing: after a failed login a client's next attempt is not even checked
 * before a wait that doubles with each failure (1 s, 2 s, 4 s … at most 5 minutes); a successful
 * login clears it. Kept per client address on this server, bounded so a flood of addresses cannot
 * exhaust memory.
 */
public final class LoginThrottle {
  static final Duration FIRST_WAIT = Duration.ofSeconds(1);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
  private static final int REMEMBERED_CLIENTS = 10_000;

  private record Failures(int count, Instant nextAttempt) {}

  private final Clock clock;
  private final Map<String, Failures> failures =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > REMEMBERED_CLIENTS;
        }
      };

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the client must still wait before its next attempt is checked; zero when it may. */
  public synchronized Duration waitBefore(String client) {
    Failures recent = failures.get(client);
    if (recent == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), recent.nextAttempt());
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** A failed attempt; answers the wait it earned. */
  public synchronized Duration failed(String client) {
    Failures recent = failures.get(client);
    int count = recent == null ? 1 : recent.count() + 1;
    Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(count - 1, 20));
    if (wait.compareTo(LONGEST_WAIT) > 0) {
      wait = LONGEST_WAIT;
    }
    failures.put(client, new Failures(count, clock.instant().plus(wait)));
    return wait;
  }

  public synchronized void succeeded(String client) {
    failures.remove(client);
  }
}
