package com.wbassist.adapter.wb;

/** A monotonic clock in nanoseconds, so the rate limiter can be tested without waiting. */
@FunctionalInterface
interface Ticker {
  Ticker SYSTEM = System::nanoTime;

  long nanos();
}
