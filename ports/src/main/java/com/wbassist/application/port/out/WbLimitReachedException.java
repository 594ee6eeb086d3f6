package com.wbassist.application.port.out;

/**
 * WB's rate limit for the account allows its next request of this kind only later than the adapter
 * waits (sales: one a minute, one at a time). Nothing of the call was asked or stored. A stream
 * that has already made a request this pass stops where it is — its cursor is stored — and the next
 * pass goes on from there: WB's limits, not a failure.
 */
public class WbLimitReachedException extends WbUnavailableException {
  public WbLimitReachedException(String reason) {
    super(reason);
  }
}
