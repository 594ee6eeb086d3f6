package com.wbassist.adapter.wb;

import com.wbassist.application.port.out.WbLimitReachedException;

/**
 * WB's rate limit for this account did not clear within the adapter's patience; the next sync asks
 * again.
 */
final class WbRateLimitedException extends WbLimitReachedException {
  WbRateLimitedException(String reason) {
    super(reason);
  }
}
