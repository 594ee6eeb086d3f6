package com.wbassist.application.port.out;

import java.time.Instant;

/**
 * One attempt at a delivery, as its history shows it.
 *
 * @param statusCode the receiver's HTTP status; null when it never answered
 * @param excerpt the start of the receiver's answer, or why there was no answer
 */
public record WebhookAttempt(Instant at, Integer statusCode, String excerpt) {
  /** The most of an answer kept. */
  public static final int LONGEST_EXCERPT = 500;

  public WebhookAttempt {
    excerpt =
        excerpt == null || excerpt.length() <= LONGEST_EXCERPT
            ? excerpt
            : excerpt.substring(0, LONGEST_EXCERPT);
  }
}
