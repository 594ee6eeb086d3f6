package com.wbassist.application.port.out;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A daily summary claimed for sending.
 *
 * @param telegramId the seller
 * @param day the Moscow day it summarizes
 * @param attempts sends tried so far
 * @param previousMessageId the seller's last summary sent before this one, to unpin; {@code null}
 *     when there is none
 */
public record DueSummary(long telegramId, LocalDate day, int attempts, Long previousMessageId) {
  public DueSummary {
    Objects.requireNonNull(day, "day");
  }
}
