package com.wbassist.adapter.wb;

import java.time.Duration;

/**
 * One of WB's published limits as a token bucket: one request per {@code interval} (WB's period
 * divided by its limit) with up to {@code burst} requests at once after a quiet spell.
 */
record RateLimit(Duration interval, int burst) {
  RateLimit {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("a rate limit interval must be positive, was " + interval);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("a rate limit burst must be at least 1, was " + burst);
    }
  }

  static RateLimit every(Duration interval, int burst) {
    return new RateLimit(interval, burst);
  }
}
