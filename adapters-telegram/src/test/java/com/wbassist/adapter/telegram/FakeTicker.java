package com.wbassist.adapter.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time that passes only when someone sleeps: the limiter and the retries run at once and their
 * waits are recorded.
 */
final class FakeTicker implements Ticker {
  private long now;
  private final List<Long> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanos() {
    return now;
  }

  @Override
  public synchronized void sleepNanos(long nanos) {
    sleeps.add(nanos);
    now += nanos;
  }

  synchronized void advanceMillis(long millis) {
    now += TimeUnit.MILLISECONDS.toNanos(millis);
  }

  /** Every sleep so far, in milliseconds. */
  synchronized List<Long> sleptMillis() {
    return sleeps.stream().map(TimeUnit.NANOSECONDS::toMillis).toList();
  }

  synchronized long totalSleptMillis() {
    return TimeUnit.NANOSECONDS.toMillis(sleeps.stream().mapToLong(Long::longValue).sum());
  }
}
