package com.wbassist.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How stored chat updates are handled: the server that stored an update holds it for {@code hold}
 * (long enough to handle it, token check with WB included); after that it is pending, and a claim
 * holds at most {@code batchSize} pending updates for {@code lease}. An update taken {@code
 * maxAttempts} times without being handled is given up, so one that always fails cannot come back
 * forever.
 */
public record UpdateInboxPolicy(Duration hold, Duration lease, int batchSize, int maxAttempts) {
  public UpdateInboxPolicy {
    Objects.requireNonNull(hold, "hold");
    Objects.requireNonNull(lease, "lease");
    if (hold.isNegative() || hold.isZero() || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the hold and the lease must be positive");
    }
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("batch size and attempts must be positive");
    }
  }

  public static UpdateInboxPolicy defaults() {
    return new UpdateInboxPolicy(Duration.ofMinutes(1), Duration.ofMinutes(5), 20, 5);
  }
}
