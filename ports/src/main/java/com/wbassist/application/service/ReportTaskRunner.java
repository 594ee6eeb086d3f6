package com.wbassist.application.service;

import com.wbassist.application.port.in.RunBackgroundTasks;
import com.wbassist.application.port.in.WebhookEvents;
import com.wbassist.application.port.out.BackgroundTasks;
import com.wbassist.application.port.out.RecordCursor;
import com.wbassist.application.port.out.RecordPage;
import com.wbassist.application.port.out.ReportDocument;
import com.wbassist.application.port.out.ReportDocuments;
import com.wbassist.application.port.out.ReportFiles;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.ShopRecords;
import com.wbassist.application.port.out.StoredReportFile;
import com.wbassist.application.port.out.TaskLeaseLostException;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.ReportTotals;
import com.wbassist.domain.task.TaskLease;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs report tasks: reads the period's orders and sales a page at a time, writes them into the
 * file as they come (bounded memory, whatever the period), stores the file for every server to hand
 * out, and sends it to the seller's chat when the bot asked for it. Between pages it records its
 * progress — which renews its lease, refuses it once another server took the task over, and tells
 * it whether the seller asked to cancel — and hands the task back when the server stops.
 */
public final class ReportTaskRunner implements RunBackgroundTasks {
  /** Rows read a page: the store's longest page. */
  static final int PAGE = 1_000;

  private static final Logger LOG = System.getLogger(ReportTaskRunner.class.getName());

  private final BackgroundTasks tasks;
  private final ShopRecords records;
  private final ReportDocuments documents;
  private final ReportFiles files;
  private final ReportToChat toChat;
  private final Clock clock;
  private final TaskTiming timing;

  /** Tells the cabinet's webhooks a report is ready; {@code null}: nobody is told. */
  private final WebhookEvents events;

  public ReportTaskRunner(
      BackgroundTasks tasks,
      ShopRecords records,
      ReportDocuments documents,
      ReportFiles files,
      SellerChat chat,
      Clock clock,
      TaskTiming timing) {
    this(tasks, records, documents, files, chat, clock, timing, null);
  }

  /**
   * @param events the webhooks' {@code REPORT_READY}, told once the file is stored
   */
  public ReportTaskRunner(
      BackgroundTasks tasks,
      ShopRecords records,
      ReportDocuments documents,
      ReportFiles files,
      SellerChat chat,
      Clock clock,
      TaskTiming timing,
      WebhookEvents events) {
    this.events = events;
    this.tasks = tasks;
    this.records = records;
    this.documents = documents;
    this.files = files;
    this.toChat = new ReportToChat(chat);
    this.clock = clock;
    this.timing = timing;
  }

  @Override
  public List<TaskLease> claim(int places) {
    // Even with no free place: the claim settles what dead servers left, so a busy cluster too
    // leaves no task "running" past its lease.
    return tasks.claim(clock.instant(), timing.lease(), Math.max(0, places));
  }

  @Override
  public void run(TaskLease lease, BooleanSupplier stopping) {
    Optional<BackgroundTask> found = tasks.find(lease.task());
    if (found.isEmpty()) {
      return; // pruned or erased with its cabinet meanwhile
    }
    BackgroundTask task = found.get();
    Path scratch = null;
    try {
      scratch = Files.createTempFile("wb-report-", "." + task.request().format().extension());
      ReportProgress progress =
          new ReportProgress(tasks, lease, task.request().period(), clock, timing, stopping);
      ReportTotals totals = write(task, scratch, progress);
      progress.storing();
      Instant until = clock.instant().plus(timing.fileKept());
      StoredReportFile file =
          new StoredReportFile(
              task.id(),
              task.cabinet(),
              task.request().fileName(),
              task.request().format().contentType(),
              Files.size(scratch),
              until);
      try (InputStream content = Files.newInputStream(scratch)) {
        files.store(file, content);
      }
      tasks.succeeded(progress.lease(), clock.instant(), until);
      reportReady(task);
      toChat.ready(task, scratch, totals);
    } catch (ReportProgress.Stopped stopped) {
      settle(stopped, lease);
    } catch (TaskLeaseLostException lost) {
      LOG.log(Level.INFO, () -> "task " + task.id() + " was taken over: " + lost.getMessage());
    } catch (IOException | RuntimeException failed) {
      if (stopping.getAsBoolean()) {
        // The server stopping cut the report short (an interrupted read or write): not the
        // task's fault, so another server makes it again.
        LOG.log(Level.INFO, () -> "task " + task.id() + " handed back as the server stops");
        settle(new ReportProgress.Stopped(lease, false), lease);
      } else {
        LOG.log(Level.WARNING, "task " + task.id() + " failed", failed);
        fail(task, lease, failed);
      }
    } finally {
      deleteQuietly(scratch);
    }
  }

  /** The webhooks hear of it; their trouble never fails a stored report. */
  private void reportReady(BackgroundTask task) {
    if (events == null) {
      return;
    }
    try {
      events.reportReady(
          task.cabinet(), task.id().value(), task.request().fileName(), clock.instant());
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "task " + task.id() + ": webhooks not told of the report", failed);
    }
  }

  private ReportTotals write(BackgroundTask task, Path scratch, ReportProgress progress)
      throws IOException {
    ReportRequest request = task.request();
    ReportTotals totals = new ReportTotals();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(scratch), 1 << 16);
        ReportDocument document = documents.open(request, out)) {
      progress.orders();
      Optional<RecordCursor> after = Optional.empty();
      do {
        RecordPage<Order> page = records.orders(task.cabinet(), request.period(), after, PAGE);
        for (Order order : page.records()) {
          document.order(order);
          totals.add(order);
        }
        progress.read(last(page, Order::date), page.records().size());
        after = page.next();
      } while (after.isPresent());
      progress.sales();
      do {
        RecordPage<Sale> page = records.sales(task.cabinet(), request.period(), after, PAGE);
        for (Sale sale : page.records()) {
          document.sale(sale);
          totals.add(sale);
        }
        progress.read(last(page, Sale::date), page.records().size());
        after = page.next();
      } while (after.isPresent());
      document.finish(totals);
    }
    return totals;
  }

  /** The own date of the page's last row: how far into the period the report has come. */
  private static <T> Instant last(RecordPage<T> page, Function<T, Instant> date) {
    List<T> rows = page.records();
    return rows.isEmpty() ? null : date.apply(rows.get(rows.size() - 1));
  }

  private void settle(ReportProgress.Stopped stopped, TaskLease lease) {
    try {
      if (stopped.cancelled()) {
        tasks.cancelled(stopped.lease(), clock.instant());
      } else {
        tasks.handBack(stopped.lease());
      }
    } catch (TaskLeaseLostException lost) {
      LOG.log(Level.INFO, () -> "task " + lease.task() + " was taken over before it stopped");
    }
  }

  private void fail(BackgroundTask task, TaskLease lease, Exception failed) {
    try {
      tasks.failed(lease, clock.instant(), describe(failed));
      toChat.failed(task);
    } catch (RuntimeException alsoFailed) {
      LOG.log(Level.WARNING, "task " + task.id() + " could not be marked failed: " + alsoFailed);
    }
  }

  private static String describe(Exception failed) {
    String message = failed.getMessage();
    return failed.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static void deleteQuietly(Path scratch) {
    if (scratch == null) {
      return;
    }
    try {
      Files.deleteIfExists(scratch);
    } catch (IOException ignored) {
      LOG.log(Level.WARNING, "a report's scratch file was not deleted: " + scratch);
    }
  }
}
