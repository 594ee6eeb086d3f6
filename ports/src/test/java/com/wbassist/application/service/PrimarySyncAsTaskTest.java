package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryBackgroundTasks;
import com.wbassist.application.fakes.InMemoryReportFiles;
import com.wbassist.application.fakes.InMemoryWb.CabinetData;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.TaskId;
import com.wbassist.domain.task.TaskKind;
import com.wbassist.domain.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A shop's primary sync seen and cancelled through the tasks API (decision 0630): the task is the
 * sync engine's own run, read as it goes, and a cancel is the operator's cancel.
 */
class PrimarySyncAsTaskTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000041");
  private static final ApiCaller KEY = new ApiCaller("k1", SHOP);
  private static final ApiCaller OTHER_SHOP =
      new ApiCaller("k2", new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000042"));
  private static final TaskId PRIMARY = TaskId.primarySyncOf(SHOP);

  private final InMemoryWorld world = new InMemoryWorld(NOW);
  private final BackgroundTaskService service =
      new BackgroundTaskService(
          new InMemoryBackgroundTasks(),
          new InMemoryReportFiles(),
          world.sellers,
          world.cabinets,
          new PrimarySyncTasks(world.cabinets, world.runs, () -> world.syncPolicy),
          world.clock);

  @BeforeEach
  void connected() {
    world.wb.account(SHOP, "ИП Тестов", "");
    world.wb.holds(
        SHOP,
        new CabinetData(
            List.of(order("A").date("2026-11-17T10:00:00").build()),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(card(101001, "Платье", null))));
    world.text(1001, "/start");
    world.text(1001, FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180))));
  }

  private BackgroundTask primary() {
    return service.task(KEY, PRIMARY).orElseThrow();
  }

  @Test
  @DisplayName(
      "queued before its first pass, running with the pass's own stream and rows, succeeded when the shop is ready")
  void followsThePass() {
    assertEquals(TaskState.QUEUED, primary().state());
    assertEquals(TaskKind.PRIMARY_SYNC, primary().kind());
    assertEquals(
        List.of(PRIMARY), service.tasks(KEY, Optional.empty()).stream().map(t -> t.id()).toList());

    List<BackgroundTask> seenDuring = new ArrayList<>();
    world.wb.beforeNextCall(() -> seenDuring.add(primary()));
    world.sync.syncNow(SHOP);

    assertEquals(TaskState.RUNNING, seenDuring.get(0).state());
    assertEquals("cards", seenDuring.get(0).progress().stage());
    BackgroundTask done = primary();
    assertEquals(TaskState.SUCCEEDED, done.state());
    assertEquals(100, done.progress().percent());
    assertTrue(done.progress().sequence() > seenDuring.get(0).progress().sequence());
    assertEquals(
        List.of(),
        service.tasks(KEY, Optional.of(TaskState.RUNNING)),
        "listed by its state like any task");
    assertTrue(service.task(OTHER_SHOP, PRIMARY).isEmpty(), "another shop's key sees nothing");
  }

  @Test
  @DisplayName(
      "a cancel stops the pass before its next stream, as an operator's does; the next pass goes on to the end")
  void cancelStopsThePass() {
    List<BackgroundTask> cancelled = new ArrayList<>();
    world.wb.beforeNextCall(() -> cancelled.add(service.cancel(KEY, PRIMARY).orElseThrow()));
    world.sync.syncNow(SHOP);

    assertTrue(cancelled.get(0).cancelRequested());
    assertTrue(world.runs.runs().get(0).cancelRequested, "the run's own cancel flag");
    BackgroundTask stopped = primary();
    assertEquals(TaskState.QUEUED, stopped.state(), "the engine goes on with it next time");
    assertTrue(stopped.error().contains("остановлено"), stopped.error());
    assertEquals(CabinetStatus.SYNCING, world.cabinets.find(SHOP).orElseThrow().status());
    assertEquals(List.of(), world.orders.stored(SHOP), "stopped before the orders");

    world.clock.advance(Duration.ofMinutes(5));
    world.sync.syncNow(SHOP);
    assertEquals(TaskState.SUCCEEDED, primary().state());
    assertEquals(
        TaskState.SUCCEEDED,
        service.cancel(KEY, PRIMARY).orElseThrow().state(),
        "a finished one stays as it is");
  }
}
