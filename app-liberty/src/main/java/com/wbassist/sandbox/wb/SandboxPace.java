package com.wbassist.sandbox.wb;

import java.time.Duration;

/**
 * How one shop's WB answers its data calls: at most {@code pageLimit} statistics rows a page (below
 * the simulator's own limit), each call after {@code latency}. A large demo shop answers in small,
 * slow pages, so its primary sync lasts long enough to be watched.
 */
public record SandboxPace(int pageLimit, Duration latency) {
  /** As fast as the simulator goes, pages as large as it serves. */
  public static final SandboxPace UNHURRIED = new SandboxPace(Integer.MAX_VALUE, Duration.ZERO);

  public SandboxPace {
    if (pageLimit < 1 || latency.isNegative()) {
      throw new IllegalArgumentException("a page holds at least one row, after no negative wait");
    }
  }

  /** Holds the caller for the latency: WB's answer is on its way. */
  void waitOut() {
    if (latency.isZero()) {
      return;
    }
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }
}
