package com.wbassist.application.service;

import com.wbassist.application.port.in.RequestReport;
import com.wbassist.application.port.in.SellerTasks;
import com.wbassist.application.port.in.TooManyReportsException;
import com.wbassist.application.port.out.BackgroundTasks;
import com.wbassist.application.port.out.ReportFiles;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.StoredReportFile;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.TaskId;
import com.wbassist.domain.task.TaskState;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Queues reports and answers about tasks, for a seller's own system (by its API key's cabinet) and
 * for the bot (by the seller's cabinet). The tasks themselves run in {@link ReportTaskRunner}.
 */
public final class BackgroundTaskService implements SellerTasks, RequestReport {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final BackgroundTasks tasks;
  private final ReportFiles files;
  private final SellerStore sellers;
  private final Clock clock;

  public BackgroundTaskService(
      BackgroundTasks tasks, ReportFiles files, SellerStore sellers, Clock clock) {
    this.tasks = tasks;
    this.files = files;
    this.sellers = sellers;
    this.clock = clock;
  }

  @Override
  public BackgroundTask requestReport(ApiCaller caller, Period period, ReportFormat format) {
    return queue(caller.cabinet(), new ReportRequest(period, format, 0));
  }

  @Override
  public Optional<BackgroundTask> requestReport(
      long telegramId, Period period, ReportFormat format) {
    Optional<Seller> seller = sellers.find(telegramId).filter(Seller::isReady);
    return seller.map(s -> queue(s.cabinet(), new ReportRequest(period, format, s.chatId())));
  }

  @Override
  public Optional<BackgroundTask> task(ApiCaller caller, TaskId id) {
    return tasks.find(caller.cabinet(), id);
  }

  @Override
  public List<BackgroundTask> tasks(ApiCaller caller, Optional<TaskState> state) {
    return tasks.of(caller.cabinet(), state, LISTED);
  }

  @Override
  public Optional<BackgroundTask> cancel(ApiCaller caller, TaskId id) {
    return tasks.requestCancel(caller.cabinet(), id, clock.instant());
  }

  @Override
  public Optional<StoredReportFile> file(ApiCaller caller, TaskId id) {
    return files.find(caller.cabinet(), id, clock.instant());
  }

  @Override
  public void download(StoredReportFile file, OutputStream out) throws IOException {
    files.copy(file.task(), out);
  }

  private BackgroundTask queue(CabinetId cabinet, ReportRequest request) {
    long unfinished =
        tasks.of(cabinet, Optional.of(TaskState.QUEUED), UNFINISHED_AT_MOST).size()
            + tasks.of(cabinet, Optional.of(TaskState.RUNNING), UNFINISHED_AT_MOST).size();
    if (unfinished >= UNFINISHED_AT_MOST) {
      throw new TooManyReportsException();
    }
    BackgroundTask task = BackgroundTask.report(newId(), cabinet, request, clock.instant());
    tasks.add(task);
    return task;
  }

  private static TaskId newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return new TaskId(HexFormat.of().formatHex(bytes));
  }
}
