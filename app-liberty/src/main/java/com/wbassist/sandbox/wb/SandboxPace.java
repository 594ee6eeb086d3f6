package com.wbassist.sandbox.wb;

import java.time.Duration;

/**
 * How slowly one shop's WB answers its data calls: {@code perCall} for any page, plus {@code
 * perRow} for each row in it — a large page takes WB longer, as it does. A large demo shop answers
 * this way, so its primary sync lasts long enough to be watched. Pages keep the simulator's size:
 * the sync knows a page is the last one by its being less than full.
 */
public record SandboxPace(Duration perCall, Duration perRow) {
  /** As fast as the simulator goes. */
  public static final SandboxPace UNHURRIED = new SandboxPace(Duration.ZERO, Duration.ZERO);

  public SandboxPace {
    if (perCall.isNegative() || perRow.isNegative()) {
      throw new IllegalArgumentException("WB answers after no negative wait");
    }
  }

  /** Holds the caller while WB "prepares" a page of {@code rows}. */
  void waitOut(int rows) {
    long millis = perCall.plus(perRow.multipliedBy(rows)).toMillis();
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }
}
