package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.Prunable;
import com.wbassist.application.port.out.StoredReportFile;
import com.wbassist.application.port.out.TaskLeaseLostException;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.housekeeping.Retention;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.TaskId;
import com.wbassist.domain.task.TaskLease;
import com.wbassist.domain.task.TaskProgress;
import com.wbassist.domain.task.TaskState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackgroundTasksOnPostgresTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final CabinetId SHOP = new CabinetId("shop-a");
  private static final CabinetId OTHER = new CabinetId("shop-b");
  private static final ReportRequest NOVEMBER =
      new ReportRequest(
          new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")),
          ReportFormat.XLSX,
          4242);

  private static int counter;

  private BackgroundTask queued(CabinetId cabinet, Instant at) {
    BackgroundTask task =
        BackgroundTask.report(new TaskId(String.format("%032x", ++counter)), cabinet, NOVEMBER, at);
    adapters.backgroundTasks().add(task);
    return task;
  }

  private BackgroundTask read(BackgroundTask task) {
    return adapters.backgroundTasks().find(task.id()).orElseThrow();
  }

  @Test
  @DisplayName("a re-sync, which makes no file, reads back with its period and no format")
  void resyncReadsBack() {
    BackgroundTask resync =
        BackgroundTask.resync(
            new TaskId(String.format("%032x", ++counter)),
            SHOP,
            new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-07")),
            NOW);
    adapters.backgroundTasks().add(resync);
    assertEquals(resync, read(resync));
    assertEquals(null, read(resync).request().format());
  }

  @Test
  @DisplayName("a task reads back as it was asked for, only by its own cabinet")
  void readsBack() {
    BackgroundTask task = queued(SHOP, NOW);
    assertEquals(task, read(task));
    assertEquals(Optional.empty(), adapters.backgroundTasks().find(OTHER, task.id()));
    assertEquals(List.of(task), adapters.backgroundTasks().of(SHOP, Optional.empty(), 10));
    assertEquals(
        List.of(), adapters.backgroundTasks().of(SHOP, Optional.of(TaskState.RUNNING), 10));
    assertEquals(List.of(), adapters.backgroundTasks().of(OTHER, Optional.empty(), 10));
  }

  @Test
  @DisplayName("four servers claiming twenty tasks at once take each exactly once")
  void claimsUnderConcurrency() throws Exception {
    for (int i = 0; i < 20; i++) {
      queued(SHOP, NOW.plusSeconds(i));
    }
    ExecutorService servers = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TaskLease>>> claims = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Callable<List<TaskLease>> claim = () -> adapters.backgroundTasks().claim(NOW, LEASE, 3);
        claims.add(servers.submit(claim));
      }
      Set<TaskId> taken = new HashSet<>();
      int total = 0;
      for (Future<List<TaskLease>> claim : claims) {
        for (TaskLease lease : claim.get()) {
          taken.add(lease.task());
          total++;
        }
      }
      assertEquals(total, taken.size(), "no task claimed twice");
      assertEquals(20, total);
    } finally {
      servers.shutdownNow();
    }
  }

  @Test
  @DisplayName("progress renews the lease and raises the sequence; a stale epoch writes nothing")
  void fencedProgress() {
    BackgroundTask task = queued(SHOP, NOW);
    TaskLease first = adapters.backgroundTasks().claim(NOW, LEASE, 1).get(0);
    long before = read(task).progress().sequence();
    assertFalse(
        adapters
            .backgroundTasks()
            .progressed(
                first.renewedUntil(NOW.plusSeconds(90)), new TaskProgress(40, 900, "orders", 0)));
    BackgroundTask after = read(task);
    assertEquals(40, after.progress().percent());
    assertEquals(900, after.progress().rows());
    assertEquals(before + 1, after.progress().sequence());

    // Still held at NOW + 70 s thanks to the renewal: nobody else claims it.
    assertTrue(adapters.backgroundTasks().claim(NOW.plusSeconds(70), LEASE, 1).isEmpty());
    // The server dies; after the lease it is queued again and claimed with a higher epoch.
    TaskLease second = adapters.backgroundTasks().claim(NOW.plusSeconds(91), LEASE, 1).get(0);
    assertTrue(second.epoch() > first.epoch());
    assertEquals(2, read(task).attempts());
    assertThrows(
        TaskLeaseLostException.class,
        () -> adapters.backgroundTasks().progressed(first, new TaskProgress(50, 1, "orders", 0)));
    assertThrows(
        TaskLeaseLostException.class,
        () -> adapters.backgroundTasks().succeeded(first, NOW, NOW.plusSeconds(10)));
    adapters
        .backgroundTasks()
        .succeeded(second, NOW.plusSeconds(100), NOW.plus(Duration.ofDays(1)));
    BackgroundTask done = read(task);
    assertEquals(TaskState.SUCCEEDED, done.state());
    assertEquals(100, done.progress().percent());
    assertTrue(done.fileReady(NOW.plusSeconds(200)));
  }

  @Test
  @DisplayName("a report whose servers died three times is interrupted, not run a fourth time")
  void interrupted() {
    BackgroundTask task = queued(SHOP, NOW);
    Instant at = NOW;
    for (int i = 0; i < 3; i++) {
      assertEquals(1, adapters.backgroundTasks().claim(at, LEASE, 1).size());
      at = at.plus(Duration.ofMinutes(2));
    }
    assertTrue(adapters.backgroundTasks().claim(at, LEASE, 1).isEmpty());
    BackgroundTask after = read(task);
    assertEquals(TaskState.INTERRUPTED, after.state());
    assertEquals(at, after.finishedAt());
  }

  @Test
  @DisplayName("cancel: a queued task at once, a running one by a flag its server reads")
  void cancel() {
    BackgroundTask waiting = queued(SHOP, NOW);
    assertEquals(
        TaskState.CANCELLED,
        adapters.backgroundTasks().requestCancel(SHOP, waiting.id(), NOW).orElseThrow().state());
    BackgroundTask running = queued(SHOP, NOW.plusSeconds(1));
    TaskLease lease = adapters.backgroundTasks().claim(NOW, LEASE, 1).get(0);
    assertEquals(running.id(), lease.task());
    assertEquals(
        Optional.empty(), adapters.backgroundTasks().requestCancel(OTHER, running.id(), NOW));
    assertEquals(
        TaskState.RUNNING,
        adapters.backgroundTasks().requestCancel(SHOP, running.id(), NOW).orElseThrow().state());
    assertTrue(
        adapters.backgroundTasks().progressed(lease, new TaskProgress(10, 1, "orders", 0)),
        "the server learns of the cancel at its next progress");
    adapters.backgroundTasks().cancelled(lease, NOW.plusSeconds(2));
    assertEquals(TaskState.CANCELLED, read(running).state());
  }

  @Test
  @DisplayName("a task cancelled while its server was dying ends cancelled, not queued again")
  void cancelledWhileItsServerDied() {
    BackgroundTask task = queued(SHOP, NOW);
    adapters.backgroundTasks().claim(NOW, LEASE, 1);
    adapters.backgroundTasks().requestCancel(SHOP, task.id(), NOW.plusSeconds(10));
    assertTrue(adapters.backgroundTasks().claim(NOW.plusSeconds(61), LEASE, 1).isEmpty());
    BackgroundTask after = read(task);
    assertEquals(TaskState.CANCELLED, after.state());
    assertEquals(NOW.plusSeconds(61), after.finishedAt());
    assertEquals(null, after.error());
  }

  @Test
  @DisplayName("a task handed back by a stopping server is queued again without using an attempt")
  void handedBack() {
    BackgroundTask task = queued(SHOP, NOW);
    TaskLease lease = adapters.backgroundTasks().claim(NOW, LEASE, 1).get(0);
    adapters.backgroundTasks().handBack(lease);
    assertEquals(TaskState.QUEUED, read(task).state());
    assertEquals(0, read(task).attempts());
    adapters.backgroundTasks().handBack(lease); // twice: nothing happens
    assertEquals(1, adapters.backgroundTasks().claim(NOW, LEASE, 1).size());
  }

  @Test
  @DisplayName(
      "a file of several pieces reads back byte for byte, only by its cabinet, until it expires")
  void files() throws Exception {
    BackgroundTask task = queued(SHOP, NOW);
    byte[] content = new byte[ReportFilesAdapter.PIECE * 2 + 12_345];
    new Random(7).nextBytes(content);
    StoredReportFile file =
        new StoredReportFile(
            task.id(), SHOP, "r.xlsx", "application/x", content.length, NOW.plusSeconds(60));
    adapters.reportFiles().store(file, new ByteArrayInputStream(content));
    // A report made again after a crash replaces the first file.
    adapters.reportFiles().store(file, new ByteArrayInputStream(content));
    assertEquals(Optional.of(file), adapters.reportFiles().find(SHOP, task.id(), NOW));
    assertEquals(Optional.empty(), adapters.reportFiles().find(OTHER, task.id(), NOW));
    assertEquals(
        Optional.empty(), adapters.reportFiles().find(SHOP, task.id(), NOW.plusSeconds(60)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    adapters.reportFiles().copy(task.id(), out);
    assertArrayEquals(content, out.toByteArray());
  }

  @Test
  @DisplayName("housekeeping prunes expired files with their pieces, and tasks finished a week ago")
  void pruned() throws Exception {
    BackgroundTask old = queued(SHOP, NOW);
    TaskLease lease = adapters.backgroundTasks().claim(NOW, LEASE, 1).get(0);
    adapters.backgroundTasks().succeeded(lease, NOW, NOW.plus(Duration.ofDays(1)));
    adapters
        .reportFiles()
        .store(
            new StoredReportFile(
                old.id(), SHOP, "r.csv", "text/csv", 3, NOW.plus(Duration.ofDays(1))),
            new ByteArrayInputStream(new byte[] {1, 2, 3}));
    BackgroundTask recent = queued(SHOP, NOW.plus(Duration.ofDays(6)));

    var dayAfter =
        adapters.housekeeping().prune(NOW.plus(Duration.ofDays(2)), Retention.defaults(), 100);
    assertEquals(1, dayAfter.of(Prunable.REPORT_FILES));
    assertEquals(0, dayAfter.of(Prunable.BACKGROUND_TASKS));
    assertEquals(0, count("select count(*) from report_file_pieces"));

    var weekAfter =
        adapters.housekeeping().prune(NOW.plus(Duration.ofDays(8)), Retention.defaults(), 100);
    assertEquals(1, weekAfter.of(Prunable.BACKGROUND_TASKS));
    assertTrue(adapters.backgroundTasks().find(old.id()).isEmpty());
    assertTrue(adapters.backgroundTasks().find(recent.id()).isPresent(), "unfinished stays");
  }
}
