package com.wbassist.domain.apikey;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How many requests one key may make: {@code perMinute} in any 60 seconds, counted over the whole
 * cluster with two numbers per key, this calendar minute's requests and the previous one's (the
 * sliding-window counter). The previous minute's requests are taken as evenly spread over it, the
 * first at its start; those that would still lie inside the last 60 seconds count with this
 * minute's. So a full minute's allowance spent at its last second leaves room for one request at
 * the next minute's start (not for a second full allowance, as a fixed window did), and then for
 * the limit's steady pace; a client that keeps to that pace is never refused, whatever its phase.
 * The model is blind to when the previous minute's requests really came: a client that spends a
 * whole allowance at a minute's end and then the steady pace gets up to about twice the limit in
 * those 60 seconds, never in a burst.
 *
 * <p>Only allowed requests count: a refused one is taken back, so a client that keeps knocking does
 * not push its own window on, and {@link #retryAfter} holds.
 */
public record ApiRateLimit(int perMinute) {
  public static final ApiRateLimit DEFAULT = new ApiRateLimit(120);

  private static final long MINUTE_MS = Duration.ofMinutes(1).toMillis();
  private static final Duration LEAST_WAIT = Duration.ofSeconds(1);

  public ApiRateLimit {
    if (perMinute < 1) {
      throw new IllegalArgumentException("an API key needs at least one request a minute");
    }
  }

  /** The calendar minute (UTC) a request made at {@code now} is counted in. */
  public Instant windowOf(Instant now) {
    return now.truncatedTo(ChronoUnit.MINUTES);
  }

  /** The minute before it, whose count still weighs at {@code now}. */
  public Instant previousWindowOf(Instant now) {
    return windowOf(now).minus(Duration.ofMinutes(1));
  }

  /** Whether the request at {@code now} that made the counts {@code counted} may go on. */
  public boolean allows(RequestCounts counted, Instant now) {
    long stillInside = stillInside(counted.previousMinute(), elapsedMs(now));
    return stillInside + counted.thisMinute() <= perMinute;
  }

  /**
   * How long a refused caller waits: until one more request fits, its own refused one taken back
   * and nothing else counted meanwhile; at least a second.
   */
  public Duration retryAfter(RequestCounts counted, Instant now) {
    long allowedThisMinute = counted.thisMinute() - 1;
    long room = perMinute - 1 - allowedThisMinute;
    Instant fits =
        room >= 0
            ? windowOf(now).plusMillis(firstElapsedLeaving(counted.previousMinute(), room))
            : windowOf(now)
                .plus(Duration.ofMinutes(1))
                .plusMillis(firstElapsedLeaving(allowedThisMinute, perMinute - 1L));
    Duration wait = Duration.between(now, fits);
    return wait.compareTo(LEAST_WAIT) < 0 ? LEAST_WAIT : wait;
  }

  private long elapsedMs(Instant now) {
    return Duration.between(windowOf(now), now).toMillis();
  }

  /**
   * Of {@code previous} requests spread evenly over the previous minute, the first at its start,
   * how many lie inside the last 60 seconds when {@code elapsedMs} of this minute have passed:
   * those later than the same point of the previous minute.
   */
  private static long stillInside(long previous, long elapsedMs) {
    return previous == 0 ? 0 : previous - 1 - elapsedMs * previous / MINUTE_MS;
  }

  /** The first point of a minute at which at most {@code room} of {@code previous} are inside. */
  private static long firstElapsedLeaving(long previous, long room) {
    long mustLeave = previous - 1 - room;
    return mustLeave <= 0 ? 0 : Math.floorDiv(mustLeave * MINUTE_MS + previous - 1, previous);
  }
}
