package com.wbassist.domain.task;

import com.wbassist.domain.market.Period;
import java.util.Objects;

/**
 * What a report task is asked to make.
 *
 * @param period the Moscow days whose orders, buyouts and returns it holds (by their own date)
 * @param format the file
 * @param chatId the chat the finished file is sent to ({@code 0}: none, it was asked for over the
 *     API and is only downloaded)
 */
public record ReportRequest(Period period, ReportFormat format, long chatId) {
  public ReportRequest {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(format, "format");
  }

  public boolean toChat() {
    return chatId != 0;
  }

  /** The file's name: {@code wb-report-2026-11-01-2026-11-30.xlsx}. */
  public String fileName() {
    return "wb-report-" + period.first() + "-" + period.last() + "." + format.extension();
  }
}
