package com.wbassist.adapter.persistence;

/**
 * The key that encrypts WB tokens at rest is missing, malformed, or not the one the stored tokens
 * were sealed with.
 */
public class TokenKeyException extends RuntimeException {
  public TokenKeyException(String message) {
    super(message);
  }

  public TokenKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
