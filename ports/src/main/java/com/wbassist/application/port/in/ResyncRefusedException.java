package com.wbassist.application.port.in;

/**
 * A re-sync that cannot be done for the shop now, and why in words a client can show: its primary
 * sync is not done, WB refuses its token, its token may ask WB for orders only now and then, or a
 * re-sync is under way already.
 */
public class ResyncRefusedException extends RuntimeException {
  public ResyncRefusedException(String why) {
    super(why);
  }
}
