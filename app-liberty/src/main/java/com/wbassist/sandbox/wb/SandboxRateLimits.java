package com.wbassist.sandbox.wb;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WB's token buckets, per seller account and endpoint: {@code burst} requests at once, refilled at
 * {@code perSecond}. The sandbox's defaults are generous so a demo is never throttled; a test can
 * make them WB-tight.
 */
public final class SandboxRateLimits {
  private final Clock clock;
  private volatile double perSecond;
  private volatile int burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public SandboxRateLimits(Clock clock, double perSecond, int burst) {
    this.clock = clock;
    this.perSecond = perSecond;
    this.burst = burst;
  }

  public void configure(double newPerSecond, int newBurst) {
    this.perSecond = newPerSecond;
    this.burst = newBurst;
    buckets.clear();
  }

  /**
   * What a request costs: how many tokens are left, or how long to wait before a retry is allowed.
   */
  record Decision(
      boolean allowed, int remaining, long retryAfterSeconds, int limit, long resetSeconds) {}

  Decision take(String sid, String endpoint) {
    Bucket bucket =
        buckets.computeIfAbsent(sid + " " + endpoint, k -> new Bucket(burst, clock.millis()));
    synchronized (bucket) {
      long now = clock.millis();
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / 1000.0 * perSecond);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return new Decision(true, (int) bucket.tokens, 0, burst, 0);
      }
      long retry = (long) Math.ceil((1 - bucket.tokens) / perSecond);
      long reset = (long) Math.ceil((burst - bucket.tokens) / perSecond);
      return new Decision(false, 0, Math.max(1, retry), burst, reset);
    }
  }

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }
}
