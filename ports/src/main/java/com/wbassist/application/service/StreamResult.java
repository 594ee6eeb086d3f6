package com.wbassist.application.service;

/**
 * What one stream's sync stored in a pass: rows, and events detected; and whether it stopped for
 * WB's limits with more left to read (the next pass goes on from its cursor).
 */
record StreamResult(long rows, int events, boolean cutShort) {
  StreamResult(long rows, int events) {
    this(rows, events, false);
  }

  StreamResult plus(long moreRows, int moreEvents) {
    return new StreamResult(rows + moreRows, events + moreEvents, cutShort);
  }

  /** The same, stopped by WB's limits before the stream was read to its end. */
  StreamResult cutShortByLimits() {
    return new StreamResult(rows, events, true);
  }
}
