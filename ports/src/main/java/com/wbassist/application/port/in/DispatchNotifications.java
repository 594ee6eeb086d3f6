package com.wbassist.application.port.in;

/**
 * Turn detected events into one message per interested seller and send them. A crash between send
 * and mark may at worst repeat one message; anywhere else it loses and repeats nothing.
 */
public interface DispatchNotifications {
  DispatchReport dispatch();
}
