package com.wbassist.application.service;

/** What one stream's sync stored in a pass: rows, and events detected. */
record StreamResult(long rows, int events) {
  StreamResult plus(long moreRows, int moreEvents) {
    return new StreamResult(rows + moreRows, events + moreEvents);
  }
}
