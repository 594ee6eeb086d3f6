package com.wbassist.application.port.in;

/**
 * A shop already has {@link SellerTasks#UNFINISHED_AT_MOST} reports queued or being made: another
 * one would only wait behind them (and a runaway client would fill the servers' queue).
 */
public class TooManyReportsException extends RuntimeException {
  public TooManyReportsException() {
    super(
        "the shop already has "
            + SellerTasks.UNFINISHED_AT_MOST
            + " reports queued or being made; wait for one to finish or cancel one");
  }
}
