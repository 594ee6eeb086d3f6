package com.wbassist.application.port.in;

import com.wbassist.application.port.out.StoredReportFile;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.TaskId;
import com.wbassist.domain.task.TaskState;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * A seller's own system and its background tasks: reports and re-syncs asked for, followed,
 * cancelled, downloaded, and the shop's primary sync followed and cancelled like them. Always of
 * the caller's cabinet: another cabinet's task is as unknown as one that never was.
 */
public interface SellerTasks {
  /** Tasks listed at most, newest first. */
  int LISTED = 100;

  /** Reports one shop may have queued or being made at once. */
  int UNFINISHED_AT_MOST = 5;

  /**
   * Queues a report of the period; it is made in the background.
   *
   * @throws TooManyReportsException when the shop has {@link #UNFINISHED_AT_MOST} unfinished
   */
  BackgroundTask requestReport(ApiCaller caller, Period period, ReportFormat format);

  /**
   * Queues a re-sync of the period: orders and sales WB changed in it, read again from WB and
   * stored idempotently (decision 0630).
   *
   * @throws ResyncRefusedException when the shop cannot be re-synced now, with why
   */
  BackgroundTask requestResync(ApiCaller caller, Period period);

  /** The task — a stored one, or the shop's primary sync — when it is the caller's shop's. */
  Optional<BackgroundTask> task(ApiCaller caller, TaskId id);

  List<BackgroundTask> tasks(ApiCaller caller, Optional<TaskState> state);

  /** Asks to stop the task; empty when the caller's cabinet has no such task. */
  Optional<BackgroundTask> cancel(ApiCaller caller, TaskId id);

  /** The task's report file while it can be downloaded. */
  Optional<StoredReportFile> file(ApiCaller caller, TaskId id);

  /** Writes a file {@link #file} gave to {@code out}. */
  void download(StoredReportFile file, OutputStream out) throws IOException;
}
