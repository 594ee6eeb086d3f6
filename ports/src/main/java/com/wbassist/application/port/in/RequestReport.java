package com.wbassist.application.port.in;

import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import java.util.Optional;

/**
 * A seller asks the bot for a report: it is made in the background and, once ready, sent to their
 * chat as a file (or, over Telegram's 50 MB, a message saying to download it over the API).
 */
public interface RequestReport {
  /**
   * Queues the report of the seller's cabinet.
   *
   * @return the task queued; empty when the seller has no cabinet ready yet (nothing to report)
   * @throws TooManyReportsException when the shop has {@link SellerTasks#UNFINISHED_AT_MOST}
   *     reports queued or being made
   */
  Optional<BackgroundTask> requestReport(long telegramId, Period period, ReportFormat format);
}
