package com.wbassist.application.port.out;

/**
 * A send failed after the adapter's own retries (5xx, timeouts, rate limits); trying later may
 * work.
 */
public class ChatDeliveryException extends RuntimeException {
  public ChatDeliveryException(String reason) {
    super(reason);
  }

  public ChatDeliveryException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
