package com.wbassist.application.port.out;

/**
 * WB could not give the data even after the adapter's retries: 5xx, timeouts, rate limits that did
 * not clear, or a response that could not be read. Nothing of that call is stored; the stream
 * resumes from its stored position (for orders and sales, its cursor) next time.
 */
public class WbUnavailableException extends RuntimeException {
  public WbUnavailableException(String reason) {
    super(reason);
  }

  public WbUnavailableException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
