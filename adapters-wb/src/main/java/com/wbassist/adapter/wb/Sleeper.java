package com.wbassist.adapter.wb;

import java.time.Duration;

/** Waits out a rate limit; a test passes one that only records. */
@FunctionalInterface
interface Sleeper {
  Sleeper THREAD =
      duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));

  void sleep(Duration duration) throws InterruptedException;
}
