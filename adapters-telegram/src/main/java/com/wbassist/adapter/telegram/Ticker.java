package com.wbassist.adapter.telegram;

import java.util.concurrent.TimeUnit;

/**
 * Monotonic time and sleeping, so the limiter and the retries can be tested with a fake that never
 * really waits.
 */
interface Ticker {
  long nanos();

  void sleepNanos(long nanos) throws InterruptedException;

  Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanos() {
          return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
          if (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
          }
        }
      };
}
