package com.wbassist.application.port.out;

/** WB keeps reviews in two lists; rating-only reviews go straight to the archive. */
public enum FeedbackList {
  UNANSWERED,
  ARCHIVE
}
