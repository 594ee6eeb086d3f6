package com.wbassist.domain.task;

import com.wbassist.domain.market.Period;
import java.util.Objects;

/**
 * What a task is asked to do: a report's period, file and chat; a re-sync's or a primary sync's
 * period alone (they make no file: {@code format} is {@code null}).
 *
 * @param period the Moscow days whose orders, buyouts and returns it holds (by their own date)
 * @param format the file; {@code null} for a task that makes none
 * @param chatId the chat the finished file is sent to ({@code 0}: none, it was asked for over the
 *     API and is only downloaded)
 */
public record ReportRequest(Period period, ReportFormat format, long chatId) {
  public ReportRequest {
    Objects.requireNonNull(period, "period");
  }

  /** A task of a period that makes no file. */
  public static ReportRequest periodOnly(Period period) {
    return new ReportRequest(period, null, 0);
  }

  public boolean toChat() {
    return chatId != 0;
  }

  /** The file's name: {@code wb-report-2026-11-01-2026-11-30.xlsx}. */
  public String fileName() {
    return "wb-report-" + period.first() + "-" + period.last() + "." + format.extension();
  }
}
