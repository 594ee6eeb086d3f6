package com.wbassist.application.service;

import com.wbassist.application.port.out.BackgroundTasks;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.LeaseLostException;
import com.wbassist.application.port.out.StreamBatch;
import com.wbassist.application.port.out.TaskLeaseLostException;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbLimitReachedException;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionContext;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.detection.OrderEventRule;
import com.wbassist.domain.detection.SaleEventRule;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.sync.CursorMove;
import com.wbassist.domain.sync.StatisticsPaging;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncPolicy;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.TaskLease;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs a re-sync task: orders, then sales, paged from WB ({@code flag=0}) from the period's first
 * Moscow midnight until a page reaches past its last day (or WB has no more), by the sync engine's
 * own paging rule. Each page is judged and stored as an incremental pass stores it — detection
 * against the stored state of its keys, one transaction of rows and events under the cabinet's sync
 * lease — so a row already stored is known and tells nobody again, a row the passes missed is
 * stored (and told only if young enough, like any late row), and the outbox's (cabinet, type, key)
 * keeps an event from being written twice whoever stores it first. The stream cursors are never
 * moved. The cabinet's lease is taken for each page and given back after it, so the regular passes
 * go on between pages; while a pass holds it, or WB asks to wait, the re-sync waits, renewing its
 * task's lease and listening for a cancel (decision 0630).
 */
public final class ResyncTaskRunner {
  private static final Logger LOG = System.getLogger(ResyncTaskRunner.class.getName());

  private final BackgroundTasks tasks;
  private final CabinetStore cabinets;
  private final WbMarketData wb;
  private final MarketStores stores;
  private final Supplier<SyncPolicy> policy;
  private final DetectionPolicy detection;
  private final Clock clock;
  private final Clock taskClock;
  private final TaskTiming timing;
  private final Duration cabinetLease;
  private final Duration waitEvery;

  /**
   * @param taskClock the tasks' real time (their leases, decision 0627)
   * @param clock the sync engine's clock: the cabinet's lease, detection's "now", rows' stored-at
   *     (the sandbox's replays move it, as they move the passes')
   * @param cabinetLease how long a page may hold the cabinet's sync lease (the engine's term)
   * @param waitEvery how long to wait before trying the cabinet or WB again
   */
  public ResyncTaskRunner(
      BackgroundTasks tasks,
      Clock taskClock,
      TaskTiming timing,
      CabinetStore cabinets,
      WbMarketData wb,
      MarketStores stores,
      Supplier<SyncPolicy> policy,
      DetectionPolicy detection,
      Clock clock,
      Duration cabinetLease,
      Duration waitEvery) {
    this.taskClock = taskClock;
    this.tasks = tasks;
    this.cabinets = cabinets;
    this.wb = wb;
    this.stores = stores;
    this.policy = policy;
    this.detection = detection;
    this.clock = clock;
    this.timing = timing;
    this.cabinetLease = cabinetLease;
    this.waitEvery = waitEvery;
  }

  /** Runs the claimed re-sync to a final state, or hands it back when the server stops. */
  public void run(BackgroundTask task, TaskLease lease, BooleanSupplier stopping) {
    Period period = task.request().period();
    ReportProgress progress = new ReportProgress(tasks, lease, period, taskClock, timing, stopping);
    try {
      Cabinet cabinet =
          cabinets
              .find(task.cabinet())
              .filter(Cabinet::isReady)
              .orElseThrow(() -> new IllegalStateException("the shop is not ready to re-sync"));
      WbAccess access = new WbAccess(cabinet.id(), cabinet.token());
      SyncPolicy paging = policy.get();
      UnreadableWbRows unreadable = new UnreadableWbRows(stores.setAside(), clock);
      Pages pages = new Pages(cabinet.id(), access, period, paging, unreadable, progress);
      progress.orders();
      pages.reread(
          SyncStream.ORDERS,
          new OrderStreamSync(wb, stores.orders(), new OrderEventRule(detection)));
      progress.sales();
      pages.reread(
          SyncStream.SALES, new SaleStreamSync(wb, stores.sales(), new SaleEventRule(detection)));
      tasks.succeeded(progress.lease(), taskClock.instant(), null);
    } catch (ReportProgress.Stopped stopped) {
      settle(stopped, task);
    } catch (TaskLeaseLostException lost) {
      LOG.log(Level.INFO, () -> "re-sync " + task.id() + " was taken over: " + lost.getMessage());
    } catch (RuntimeException failed) {
      if (stopping.getAsBoolean()) {
        settle(new ReportProgress.Stopped(progress.lease(), false), task);
      } else {
        LOG.log(Level.WARNING, "re-sync " + task.id() + " failed", failed);
        fail(task, progress.lease(), failed);
      }
    }
  }

  /** One re-sync's paging: what each stream's loop shares. */
  private final class Pages {
    private final CabinetId cabinet;
    private final WbAccess access;
    private final Period period;
    private final SyncPolicy policy;
    private final UnreadableWbRows unreadable;
    private final ReportProgress progress;

    Pages(
        CabinetId cabinet,
        WbAccess access,
        Period period,
        SyncPolicy policy,
        UnreadableWbRows unreadable,
        ReportProgress progress) {
      this.cabinet = cabinet;
      this.access = access;
      this.period = period;
      this.policy = policy;
      this.unreadable = unreadable;
      this.progress = progress;
    }

    <T> void reread(SyncStream stream, StatisticsStreamSync.Rows<T> rows) {
      StatisticsPaging paging = new StatisticsPaging(policy.statisticsPageLimit());
      Instant dateFrom = period.start();
      while (true) {
        WbPage<T> page = page(rows, dateFrom);
        List<Instant> changes = changes(rows, page);
        CursorMove move = paging.afterPage(dateFrom, changes, page.sent());
        unreadable.setAside(cabinet, stream, page.unreadable());
        if (!page.rows().isEmpty()) {
          store(rows, page.rows());
        }
        Instant reached = changes.isEmpty() ? null : changes.get(changes.size() - 1);
        move.possiblyMissedAt()
            .ifPresent(
                second ->
                    LOG.log(
                        Level.WARNING,
                        "re-sync of "
                            + cabinet
                            + ": "
                            + stream
                            + " rows changed at "
                            + second
                            + " beyond one page were possibly missed"));
        progress.read(reached, page.rows().size());
        if (move.passEnds() || (reached != null && !reached.isBefore(period.end()))) {
          return;
        }
        dateFrom = move.cursor();
      }
    }

    private <T> WbPage<T> page(StatisticsStreamSync.Rows<T> rows, Instant dateFrom) {
      while (true) {
        try {
          return rows.page(access, dateFrom);
        } catch (WbLimitReachedException later) {
          pause(); // WB's limit for the token: the same page a little later
        }
      }
    }

    /** Judged and stored in one go under the cabinet's lease, as a pass stores a page. */
    private <T> void store(StatisticsStreamSync.Rows<T> rows, List<T> readable) {
      List<String> keys = readable.stream().map(rows::key).toList();
      while (true) {
        Optional<SyncLease> held = cabinets.claim(cabinet, clock.instant(), cabinetLease);
        if (held.isEmpty()) {
          pause(); // a pass holds the cabinet: it ends soon, then this page goes in
          continue;
        }
        try {
          DetectionContext context =
              new DetectionContext(cabinet, SyncKind.INCREMENTAL, clock.instant());
          List<MarketEvent> events = rows.detect(context, readable, keys);
          rows.store(
              new StreamBatch<>(held.get(), readable, Optional.empty(), events, clock.instant()));
          return;
        } catch (LeaseLostException takenOver) {
          // Claimed by a pass between our claim and our write: nothing was stored; again.
        } finally {
          cabinets.release(held.get());
        }
      }
    }

    private void pause() {
      progress.still();
      try {
        Thread.sleep(waitEvery.toMillis());
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
        throw new ReportProgress.Stopped(progress.lease(), false);
      }
    }
  }

  /** The page's readable change dates, its unreadable rows' too, ascending, as WB sends them. */
  private static <T> List<Instant> changes(StatisticsStreamSync.Rows<T> rows, WbPage<T> page) {
    List<Instant> changes = new ArrayList<>(page.sent());
    for (T row : page.rows()) {
      changes.add(rows.lastChangeDate(row));
    }
    for (UnreadableRow row : page.unreadable()) {
      row.lastChangeDate().ifPresent(changes::add);
    }
    changes.sort(Instant::compareTo);
    return changes;
  }

  private void settle(ReportProgress.Stopped stopped, BackgroundTask task) {
    try {
      if (stopped.cancelled()) {
        tasks.cancelled(stopped.lease(), taskClock.instant());
      } else {
        tasks.handBack(stopped.lease());
      }
    } catch (TaskLeaseLostException lost) {
      LOG.log(Level.INFO, () -> "re-sync " + task.id() + " was taken over before it stopped");
    }
  }

  private void fail(BackgroundTask task, TaskLease lease, RuntimeException failed) {
    try {
      String message = failed.getMessage();
      tasks.failed(
          lease,
          taskClock.instant(),
          failed.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    } catch (RuntimeException alsoFailed) {
      LOG.log(Level.WARNING, "re-sync " + task.id() + " could not be marked failed: " + alsoFailed);
    }
  }
}
