package com.wbassist.adapter.wb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Time that passes only when the adapter sleeps: the rate limiter's clock and the gateway's sleeper
 * at once.
 */
final class FakeTime implements Ticker, Sleeper {
  private long nanos = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanos() {
    return nanos;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
