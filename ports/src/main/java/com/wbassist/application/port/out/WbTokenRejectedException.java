package com.wbassist.application.port.out;

/**
 * WB answered 401 or 403: the token is malformed, expired, revoked, or lacks the category. Retrying
 * will not help.
 */
public class WbTokenRejectedException extends RuntimeException {
  public WbTokenRejectedException(String detail) {
    super(detail);
  }
}
