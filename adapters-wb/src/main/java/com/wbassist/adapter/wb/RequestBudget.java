package com.wbassist.adapter.wb;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WB's limits are per seller account and per method (group), so the adapter keeps one {@link
 * TokenBucket} for every account and endpoint it has called. Buckets that are full again are
 * forgotten once there are many.
 */
final class RequestBudget {
  private static final int FORGET_IDLE_ABOVE = 10_000;

  /** With limits off a bucket still remembers WB's 429 retry time, and nothing else. */
  private static final RateLimit NO_LIMIT = RateLimit.every(Duration.ofNanos(1), 1_000_000);

  private final Map<WbEndpoint, RateLimit> limits;
  private final boolean enabled;
  private final Ticker ticker;
  private final Map<Key, TokenBucket> buckets = new ConcurrentHashMap<>();

  private record Key(String account, WbEndpoint endpoint) {}

  RequestBudget(WbSettings settings, Ticker ticker) {
    this.limits = settings.limits();
    this.enabled = settings.limitsEnabled();
    this.ticker = ticker;
  }

  /** See {@link TokenBucket#reserve}. */
  Optional<Duration> reserve(String account, WbEndpoint endpoint, Duration maxWait) {
    long now = ticker.nanos();
    forgetIdleBuckets(now);
    return bucket(account, endpoint, now).reserve(now, maxWait);
  }

  Duration nextSlotIn(String account, WbEndpoint endpoint) {
    long now = ticker.nanos();
    return bucket(account, endpoint, now).nextSlotIn(now);
  }

  void holdOff(String account, WbEndpoint endpoint, Duration retryAfter) {
    long now = ticker.nanos();
    bucket(account, endpoint, now).holdOff(now, retryAfter);
  }

  private TokenBucket bucket(String account, WbEndpoint endpoint, long now) {
    return buckets.computeIfAbsent(
        new Key(account, endpoint),
        key -> new TokenBucket(enabled ? limits.get(endpoint) : NO_LIMIT, now));
  }

  private void forgetIdleBuckets(long now) {
    if (buckets.size() > FORGET_IDLE_ABOVE) {
      buckets.values().removeIf(bucket -> bucket.isIdle(now));
    }
  }
}
