package com.wbassist.domain.apikey;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How many requests one key may make: {@code perMinute} in each calendar minute (UTC), counted over
 * the whole cluster. A fixed window is simple to count in one shared row and to explain to a client
 * ("wait until the minute ends"); a burst of twice the limit across a minute's edge is acceptable
 * for a read API.
 */
public record ApiRateLimit(int perMinute) {
  public static final ApiRateLimit DEFAULT = new ApiRateLimit(120);

  public ApiRateLimit {
    if (perMinute < 1) {
      throw new IllegalArgumentException("an API key needs at least one request a minute");
    }
  }

  /** The window a request made at {@code now} is counted in. */
  public Instant windowOf(Instant now) {
    return now.truncatedTo(ChronoUnit.MINUTES);
  }

  /** Whether the request that made the window's count {@code countedSoFar} may go on. */
  public boolean allows(long countedSoFar) {
    return countedSoFar <= perMinute;
  }

  /** How long a refused caller waits: until the window ends, at least a second. */
  public Duration retryAfter(Instant now) {
    Duration left = Duration.between(now, windowOf(now).plus(Duration.ofMinutes(1)));
    return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
  }
}
