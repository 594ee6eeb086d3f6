package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.InMemoryBackgroundTasks;
import com.wbassist.application.fakes.InMemoryReportFiles;
import com.wbassist.application.fakes.InMemorySellerStore;
import com.wbassist.application.fakes.InMemoryShopRecords;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.fakes.TextReportDocuments;
import com.wbassist.application.port.in.WebhookEvents;
import com.wbassist.application.port.out.TaskLeaseLostException;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.TaskLease;
import com.wbassist.domain.task.TaskProgress;
import com.wbassist.domain.task.TaskState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackgroundReportTest {
  private static final ApiCaller KEY = new ApiCaller("k1", CABINET);
  private static final ApiCaller OTHER_SHOP =
      new ApiCaller("k2", new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000002"));
  private static final Period NOVEMBER =
      new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
  private final InMemoryBackgroundTasks tasks = new InMemoryBackgroundTasks();
  private final InMemoryReportFiles files = new InMemoryReportFiles();
  private final InMemorySellerStore sellers = new InMemorySellerStore();
  private final InMemoryShopRecords records = new InMemoryShopRecords();
  private final TextReportDocuments documents = new TextReportDocuments();
  private final RecordingSellerChat chat = new RecordingSellerChat();
  private final BackgroundTaskService service =
      new BackgroundTaskService(tasks, files, sellers, clock);

  private ReportTaskRunner server() {
    return new ReportTaskRunner(
        tasks, records, documents, files, chat, clock, TaskTiming.defaults());
  }

  private void shopOfNovember(int orders) {
    for (int i = 0; i < orders; i++) {
      records.add(
          order(String.format("o%05d", i)).date("2026-11-0" + (1 + i % 9) + "T10:00:00").build());
    }
    records.add(sale("S1").date("2026-11-05T12:00:00").money("1000", "800").build());
    records.add(sale("R1").date("2026-11-06T12:00:00").money("-500", "-400").build());
    records.add(sale("D1").date("2026-11-07T12:00:00").build());
    records.add(order("december").date("2026-12-01T10:00:00").build());
  }

  @Test
  @DisplayName("a report is made page by page to the end, downloadable a day by its own shop only")
  void reportToTheEnd() throws Exception {
    shopOfNovember(2_500);
    BackgroundTask asked = service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    assertEquals(TaskState.QUEUED, asked.state());

    ReportTaskRunner server = server();
    List<TaskLease> claimed = server.claim(2);
    assertEquals(1, claimed.size());
    server.run(claimed.get(0), () -> false);

    BackgroundTask done = service.task(KEY, asked.id()).orElseThrow();
    assertEquals(TaskState.SUCCEEDED, done.state());
    assertEquals(100, done.progress().percent());
    assertEquals(2_503, done.progress().rows());
    assertTrue(done.progress().sequence() > 3, "every step raised the sequence");
    assertEquals(Instant.parse("2026-12-02T09:00:00Z"), done.fileUntil());
    String file = new String(files.content(asked.id()), StandardCharsets.UTF_8);
    List<String> lines = file.lines().toList();
    assertEquals("order o00000", lines.get(0));
    assertFalse(file.contains("december"), "a row after the period is not in it");
    assertEquals("totals 2500 1 1", lines.get(lines.size() - 1));
    assertTrue(records.pagesRead() >= 4, "read in pages of " + ReportTaskRunner.PAGE);

    assertTrue(service.file(KEY, asked.id()).isPresent());
    assertTrue(service.task(OTHER_SHOP, asked.id()).isEmpty(), "another shop's key sees nothing");
    assertTrue(service.file(OTHER_SHOP, asked.id()).isEmpty());
    clock.advance(Duration.ofHours(24));
    assertTrue(service.file(KEY, asked.id()).isEmpty(), "the link expires after a day");
  }

  @Test
  @DisplayName("a stored report is told to the cabinet's webhooks once, as REPORT_READY")
  void webhooksHearOfIt() {
    shopOfNovember(10);
    List<String> told = new java.util.ArrayList<>();
    WebhookEvents webhooks =
        new WebhookEvents() {
          @Override
          public void syncFinished(CabinetId cabinet, long runId, Instant at) {}

          @Override
          public void syncFailed(CabinetId cabinet, long runId, String reason, Instant at) {}

          @Override
          public void reportReady(CabinetId cabinet, String reportId, String title, Instant at) {
            told.add(cabinet.sid() + " " + reportId);
          }
        };
    BackgroundTask asked = service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    ReportTaskRunner server =
        new ReportTaskRunner(
            tasks, records, documents, files, chat, clock, TaskTiming.defaults(), webhooks);
    server.run(server.claim(1).get(0), () -> false);
    assertEquals(List.of(CABINET.sid() + " " + asked.id().value()), told);
  }

  @Test
  @DisplayName("two servers never run one task: the second claim finds nothing while it is held")
  void oneServerATask() {
    service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    assertEquals(1, server().claim(4).size());
    assertEquals(0, server().claim(4).size());
    clock.advance(Duration.ofSeconds(59));
    assertEquals(0, server().claim(4).size(), "not before its lease runs out");
  }

  @Test
  @DisplayName("a dead server's report is made again by the next one; its old lease writes nothing")
  void restartedAfterACrash() {
    shopOfNovember(10);
    BackgroundTask asked = service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    TaskLease dead = server().claim(1).get(0);
    clock.advance(Duration.ofMinutes(2));

    ReportTaskRunner next = server();
    TaskLease taken = next.claim(1).get(0);
    assertTrue(taken.epoch() > dead.epoch());
    assertThrows(
        TaskLeaseLostException.class,
        () -> tasks.progressed(dead, new TaskProgress(50, 5, "orders", 0)));
    next.run(taken, () -> false);
    BackgroundTask done = tasks.find(asked.id()).orElseThrow();
    assertEquals(TaskState.SUCCEEDED, done.state());
    assertEquals(2, done.attempts());
  }

  @Test
  @DisplayName("a report that took down three servers is interrupted, never left running")
  void interruptedAfterThreeCrashes() {
    BackgroundTask asked = service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    for (int crash = 0; crash < 3; crash++) {
      assertEquals(1, server().claim(1).size());
      clock.advance(Duration.ofMinutes(2));
    }
    assertTrue(server().claim(0).isEmpty(), "a server with no free place still settles it");
    BackgroundTask after = tasks.find(asked.id()).orElseThrow();
    assertEquals(TaskState.INTERRUPTED, after.state());
    assertTrue(after.error().contains("3"));
  }

  @Test
  @DisplayName("a report cancelled while its server lay dead ends cancelled, not made again")
  void cancelledWhileDead() {
    BackgroundTask asked = service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    server().claim(1);
    service.cancel(KEY, asked.id());
    clock.advance(Duration.ofMinutes(2));
    assertTrue(server().claim(1).isEmpty());
    assertEquals(TaskState.CANCELLED, tasks.find(asked.id()).orElseThrow().state());
  }

  @Test
  @DisplayName("a report cancelled mid-way stops between pages and keeps no file")
  void cancelledMidWay() {
    shopOfNovember(5_000);
    BackgroundTask asked = service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    AtomicInteger rows = new AtomicInteger();
    documents.beforeEachRow(
        () -> {
          if (rows.incrementAndGet() == 1_500) {
            service.cancel(KEY, asked.id());
          }
          clock.advance(Duration.ofMillis(1));
        });
    ReportTaskRunner server = server();
    server.run(server.claim(1).get(0), () -> false);

    BackgroundTask after = tasks.find(asked.id()).orElseThrow();
    assertEquals(TaskState.CANCELLED, after.state());
    assertTrue(rows.get() < 5_000, "it stopped before the end: " + rows.get());
    assertTrue(service.file(KEY, asked.id()).isEmpty());
  }

  @Test
  @DisplayName("a queued report cancelled never starts; a finished one stays finished")
  void cancelledBeforeItStarts() {
    BackgroundTask asked = service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    assertEquals(TaskState.CANCELLED, service.cancel(KEY, asked.id()).orElseThrow().state());
    assertTrue(server().claim(1).isEmpty());
    assertTrue(service.cancel(OTHER_SHOP, asked.id()).isEmpty());
  }

  @Test
  @DisplayName("a server that stops hands its report back, and another makes it from the start")
  void handedBackOnStop() {
    shopOfNovember(3_000);
    BackgroundTask asked = service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    AtomicBoolean stopping = new AtomicBoolean();
    AtomicInteger rows = new AtomicInteger();
    documents.beforeEachRow(
        () -> {
          if (rows.incrementAndGet() == 1_200) {
            stopping.set(true);
          }
          clock.advance(Duration.ofMillis(1));
        });
    ReportTaskRunner first = server();
    first.run(first.claim(1).get(0), stopping::get);
    BackgroundTask handed = tasks.find(asked.id()).orElseThrow();
    assertEquals(TaskState.QUEUED, handed.state());
    assertEquals(0, handed.attempts(), "a handed-back start is not counted against it");

    documents.beforeEachRow(() -> {});
    ReportTaskRunner second = server();
    second.run(second.claim(1).get(0), () -> false);
    assertEquals(TaskState.SUCCEEDED, tasks.find(asked.id()).orElseThrow().state());
  }

  @Test
  @DisplayName(
      "a report cut short by the server stopping (an interrupted write) is handed back, not failed")
  void interruptedByTheStop() {
    shopOfNovember(10);
    BackgroundTask asked = service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    AtomicBoolean stopping = new AtomicBoolean();
    documents.beforeEachRow(
        () -> {
          stopping.set(true);
          throw new java.io.InterruptedIOException("the executor was shut down");
        });
    ReportTaskRunner server = server();
    server.run(server.claim(1).get(0), stopping::get);
    assertEquals(TaskState.QUEUED, tasks.find(asked.id()).orElseThrow().state());
  }

  @Test
  @DisplayName("a report asked for in the bot is sent to the seller's chat as a file")
  void sentToTheChat() {
    shopOfNovember(3);
    sellers.save(
        Seller.newcomer(42, 4242, "Анна").linkedTo(CABINET, true, clock.instant()).ready());
    BackgroundTask asked = service.requestReport(42, NOVEMBER, ReportFormat.XLSX).orElseThrow();
    assertEquals(4242, asked.request().chatId());
    ReportTaskRunner server = server();
    server.run(server.claim(1).get(0), () -> false);

    assertEquals(1, chat.documents().size());
    var sent = chat.documents().get(0);
    assertEquals("wb-report-2026-11-01-2026-11-30.xlsx", sent.fileName());
    assertTrue(sent.caption().html().contains("Заказов: 3, выкупов: 1, возвратов: 1"));
    assertEquals(4242, chat.log().get(0).chatId());
  }

  @Test
  @DisplayName("a shop has at most five reports queued or under way; a sixth is refused")
  void fiveAtATime() {
    for (int i = 0; i < 5; i++) {
      service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
    }
    assertThrows(
        com.wbassist.application.port.in.TooManyReportsException.class,
        () -> service.requestReport(KEY, NOVEMBER, ReportFormat.CSV));
    service.requestReport(OTHER_SHOP, NOVEMBER, ReportFormat.CSV); // another shop's own five
    BackgroundTask first = service.tasks(KEY, Optional.empty()).get(4);
    service.cancel(KEY, first.id());
    service.requestReport(KEY, NOVEMBER, ReportFormat.CSV);
  }

  @Test
  @DisplayName("a seller without a ready shop gets no report task")
  void noShopNoReport() {
    sellers.save(Seller.newcomer(43, 4343, "Борис"));
    assertEquals(Optional.empty(), service.requestReport(43, NOVEMBER, ReportFormat.CSV));
    assertEquals(Optional.empty(), service.requestReport(44, NOVEMBER, ReportFormat.CSV));
  }

  @Test
  @DisplayName("a failing report is marked failed with what went wrong, and the chat is told")
  void failed() {
    sellers.save(
        Seller.newcomer(42, 4242, "Анна").linkedTo(CABINET, true, clock.instant()).ready());
    shopOfNovember(3);
    BackgroundTask asked = service.requestReport(42, NOVEMBER, ReportFormat.CSV).orElseThrow();
    documents.beforeEachRow(
        () -> {
          throw new java.io.IOException("disk full");
        });
    ReportTaskRunner server = server();
    server.run(server.claim(1).get(0), () -> false);
    BackgroundTask after = tasks.find(asked.id()).orElseThrow();
    assertEquals(TaskState.FAILED, after.state());
    assertTrue(after.error().contains("disk full"));
    assertTrue(chat.last(4242).text().contains("не получилось"));
  }
}
