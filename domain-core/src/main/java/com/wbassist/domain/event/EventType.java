package com.wbassist.domain.event;

/** The six things a seller is told about. */
public enum EventType {
  NEW_ORDER,
  ORDER_CANCELLED,
  BUYOUT,
  RETURN,
  NEGATIVE_REVIEW,
  CRITICAL_STOCK
}
