package com.wbassist.adapter.wb;

import java.time.Duration;

/**
 * WB answered 429: wait {@code retryAfter}, then ask again. Never leaves the adapter; the gateway
 * waits it out.
 */
final class WbThrottled extends RuntimeException {
  private final transient Duration retryAfter;

  WbThrottled(WbEndpoint endpoint, Duration retryAfter) {
    super(
        endpoint.label() + ": WB answered 429, retry in " + retryAfter.toMillis() + " ms",
        null,
        false,
        false);
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }
}
