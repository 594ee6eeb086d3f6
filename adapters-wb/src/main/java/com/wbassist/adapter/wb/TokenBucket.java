package com.wbassist.adapter.wb;

import java.time.Duration;
import java.util.Optional;

/**
 * One WB limit for one account and endpoint, as the generic cell rate algorithm keeps it: a single
 * "theoretical arrival time" instead of a token count. A request at {@code now} may go at once
 * while that time is no more than {@code (burst - 1) × interval} ahead; a reservation moves it one
 * interval on, so callers queue fairly.
 */
final class TokenBucket {
  private final long intervalNanos;
  private final long burstToleranceNanos;
  private long theoreticalArrival;

  TokenBucket(RateLimit limit, long now) {
    this.intervalNanos = limit.interval().toNanos();
    this.burstToleranceNanos = (limit.burst() - 1) * intervalNanos;
    this.theoreticalArrival = now;
  }

  /**
   * Takes a request slot if one comes within {@code maxWait}.
   *
   * @return how long to wait before sending, or empty (nothing taken) when the slot is further away
   *     than {@code maxWait}
   */
  synchronized Optional<Duration> reserve(long now, Duration maxWait) {
    long wait = waitNanos(now);
    if (wait > maxWait.toNanos()) {
      return Optional.empty();
    }
    theoreticalArrival = Math.max(theoreticalArrival, now) + intervalNanos;
    return Optional.of(Duration.ofNanos(wait));
  }

  /** How long until the next slot, without taking it. */
  synchronized Duration nextSlotIn(long now) {
    return Duration.ofNanos(waitNanos(now));
  }

  /**
   * WB said "not before {@code retryAfter}": nothing goes out for this account and endpoint until
   * then.
   */
  synchronized void holdOff(long now, Duration retryAfter) {
    theoreticalArrival =
        Math.max(theoreticalArrival, now + retryAfter.toNanos() + burstToleranceNanos);
  }

  /** Whether the bucket is full again, so forgetting it changes nothing. */
  synchronized boolean isIdle(long now) {
    return theoreticalArrival <= now;
  }

  private long waitNanos(long now) {
    return Math.max(0, theoreticalArrival - burstToleranceNanos - now);
  }
}
