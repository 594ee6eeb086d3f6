package com.wbassist.application.port.out;

import java.time.Duration;

/**
 * Telegram asked to wait longer than the adapter waits in place ({@code retry_after}): the message
 * is fine and goes out once the wait is over — not a failure to count or give up on.
 */
public class ChatRateLimitedException extends ChatDeliveryException {
  private final Duration retryAfter;

  public ChatRateLimitedException(String reason, Duration retryAfter) {
    super(reason);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
