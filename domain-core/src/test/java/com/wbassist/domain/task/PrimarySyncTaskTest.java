package com.wbassist.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncRun;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrimarySyncTaskTest {
  private static final CabinetId SHOP = new CabinetId("shop-a");
  private static final Instant CONNECTED = Instant.parse("2026-12-01T21:30:00Z"); // 00:30 МСК
  private static final Duration WINDOW = Duration.ofDays(30);
  private static final Cabinet NEW =
      Cabinet.connect(
          SHOP,
          "ИП Тестов",
          new ApiToken("eyJ.a.b"),
          CONNECTED.plus(Duration.ofDays(180)),
          CONNECTED);

  private static SyncRun run(
      long id, Instant at, SyncProgress progress, Instant finished, String error) {
    return new SyncRun(id, SyncKind.PRIMARY, at, finished, error, progress, false);
  }

  private static BackgroundTask view(SyncRun run) {
    return PrimarySyncTask.of(NEW, Optional.of(run), WINDOW);
  }

  @Test
  @DisplayName("one task a cabinet, under an id of the usual form that never changes")
  void id() {
    assertEquals(
        TaskId.primarySyncOf(SHOP), PrimarySyncTask.of(NEW, Optional.empty(), WINDOW).id());
    assertNotEquals(TaskId.primarySyncOf(SHOP), TaskId.primarySyncOf(new CabinetId("shop-b")));
    assertTrue(TaskId.parse(TaskId.primarySyncOf(SHOP).value()).isPresent());
  }

  @Test
  @DisplayName("queued before the first pass; its period is the window back from the Moscow day")
  void queued() {
    BackgroundTask task = PrimarySyncTask.of(NEW, Optional.empty(), WINDOW);
    assertEquals(TaskKind.PRIMARY_SYNC, task.kind());
    assertEquals(TaskState.QUEUED, task.state());
    assertEquals(
        new Period(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-02")),
        task.request().period());
    assertNull(task.request().format());
  }

  @Test
  @DisplayName("running with the run's own progress; the stage is the stream being read")
  void running() {
    SyncProgress orders = new SyncProgress(SyncStream.ORDERS, 1, 0.5, 1200);
    BackgroundTask task = view(run(7, CONNECTED, orders, null, null));
    assertEquals(TaskState.RUNNING, task.state());
    assertEquals(orders.percent(), task.progress().percent());
    assertEquals(1200, task.progress().rows());
    assertEquals("orders", task.progress().stage());
  }

  @Test
  @DisplayName("a pass that failed leaves it queued with the reason: the engine goes on next turn")
  void failedPassIsRetried() {
    SyncProgress half = new SyncProgress(SyncStream.SALES, 2, 0, 5000);
    BackgroundTask task = view(run(7, CONNECTED, half, CONNECTED.plusSeconds(60), "SALES: WB 503"));
    assertEquals(TaskState.QUEUED, task.state());
    assertEquals("SALES: WB 503", task.error());
  }

  @Test
  @DisplayName("succeeded once the baseline is loaded; failed while WB refuses the token")
  void finalStates() {
    Instant done = CONNECTED.plusSeconds(600);
    SyncProgress all = new SyncProgress(null, 5, 0, 9000);
    BackgroundTask ready =
        PrimarySyncTask.of(
            NEW.primarySyncFinished(done), Optional.of(run(7, CONNECTED, all, done, null)), WINDOW);
    assertEquals(TaskState.SUCCEEDED, ready.state());
    assertEquals(100, ready.progress().percent());
    assertEquals(done, ready.finishedAt());
    BackgroundTask refused =
        PrimarySyncTask.of(NEW.tokenRejected(done, "401"), Optional.empty(), WINDOW);
    assertEquals(TaskState.FAILED, refused.state());
  }

  @Test
  @DisplayName("every change the view shows raises its sequence, across passes and to the end")
  void sequenceRises() {
    List<BackgroundTask> seen = new ArrayList<>();
    seen.add(PrimarySyncTask.of(NEW, Optional.empty(), WINDOW));
    Instant first = CONNECTED;
    seen.add(view(run(1, first, SyncProgress.starting(), null, null)));
    seen.add(view(run(1, first, new SyncProgress(SyncStream.ORDERS, 1, 0.2, 100), null, null)));
    seen.add(view(run(1, first, new SyncProgress(SyncStream.ORDERS, 1, 0.2, 900), null, null)));
    SyncProgress cut = new SyncProgress(SyncStream.SALES, 2, 0, 900);
    seen.add(view(run(1, first, cut, first.plusSeconds(30), "cut")));
    Instant second = first.plusSeconds(300);
    seen.add(view(run(2, second, SyncProgress.starting(), null, null)));
    Instant done = second.plusSeconds(60);
    seen.add(
        PrimarySyncTask.of(
            NEW.primarySyncFinished(done),
            Optional.of(run(2, second, new SyncProgress(null, 5, 0, 1000), done, null)),
            WINDOW));
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(
          seen.get(i).progress().sequence() > seen.get(i - 1).progress().sequence(),
          "step " + i + ": " + seen.get(i).state());
    }
  }
}
