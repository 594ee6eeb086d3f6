package com.wbassist.application.service;

import com.wbassist.application.port.in.SyncCabinetNow;
import com.wbassist.application.port.in.SyncDueCabinets;
import com.wbassist.application.port.in.SyncReport;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbTokenRejectedException;
import com.wbassist.application.port.out.WbUnavailableException;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.detection.CriticalStockRule;
import com.wbassist.domain.detection.DetectionContext;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.detection.NegativeReviewRule;
import com.wbassist.domain.detection.OrderEventRule;
import com.wbassist.domain.detection.SaleEventRule;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncPolicy;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Syncs cabinets: one pass runs every stream in order, page by page, each page stored with its
 * events in one transaction. A stream that fails leaves its cursor where it was and the pass goes
 * on with the others; a token WB refuses stops the pass and pauses the cabinet until a seller sends
 * a new one. A second of orders or sales that WB could not page past is recorded as possibly missed
 * — in the run log, the log and the report — as soon as the cursor steps past it.
 */
public final class CabinetSyncService implements SyncDueCabinets, SyncCabinetNow {
  private static final Logger LOG = System.getLogger(CabinetSyncService.class.getName());

  private final CabinetStore cabinets;
  private final SyncRunLog runs;
  private final SyncSchedule schedule;
  private final Supplier<SyncPolicy> policy;
  private final SyncAnnouncements announcements;
  private final Clock clock;
  private final List<StreamSync> streams;

  /**
   * @param policy read at the start of every pass, so a changed configuration applies from the next
   *     pass on
   */
  public CabinetSyncService(
      CabinetStore cabinets,
      SyncRunLog runs,
      WbMarketData wb,
      MarketStores stores,
      Supplier<SyncPolicy> policy,
      DetectionPolicy detection,
      SyncSchedule schedule,
      SyncAnnouncements announcements,
      Clock clock) {
    this.cabinets = cabinets;
    this.runs = runs;
    this.schedule = schedule;
    this.policy = policy;
    this.announcements = announcements;
    this.clock = clock;
    this.streams =
        List.of(
            new LazyStream(
                SyncStream.CARDS,
                () -> new CardStreamSync(wb, stores.cards(), policy.get().cardPageSize())),
            new LazyStream(
                SyncStream.ORDERS,
                () ->
                    new StatisticsStreamSync<>(
                        SyncStream.ORDERS,
                        new OrderStreamSync(wb, stores.orders(), new OrderEventRule(detection)),
                        policy.get(),
                        clock)),
            new LazyStream(
                SyncStream.SALES,
                () ->
                    new StatisticsStreamSync<>(
                        SyncStream.SALES,
                        new SaleStreamSync(wb, stores.sales(), new SaleEventRule(detection)),
                        policy.get(),
                        clock)),
            new LazyStream(
                SyncStream.STOCKS,
                () ->
                    new StockStreamSync(
                        wb, stores.stocks(), new CriticalStockRule(detection), clock)),
            new LazyStream(
                SyncStream.FEEDBACKS,
                () ->
                    new FeedbackStreamSync(
                        wb,
                        stores.feedbacks(),
                        new NegativeReviewRule(detection),
                        policy.get(),
                        clock)));
  }

  /** One batch of due cabinets, synced one after another (the engine runs them side by side). */
  public List<SyncReport> syncDue() {
    return syncDue(schedule.batchSize());
  }

  @Override
  public List<CabinetId> claimDue(int max) {
    return cabinets.claimDue(clock.instant(), schedule.interval(), schedule.lease(), max);
  }

  @Override
  public void release(CabinetId cabinet) {
    cabinets.release(cabinet);
  }

  @Override
  public Optional<SyncReport> syncNow(CabinetId cabinet) {
    if (!cabinets.claim(cabinet, clock.instant(), schedule.lease())) {
      return Optional.empty();
    }
    return syncClaimed(cabinet);
  }

  @Override
  public Optional<SyncReport> syncClaimed(CabinetId id) {
    try {
      return cabinets
          .find(id)
          .map(
              cabinet ->
                  cabinet.status() == CabinetStatus.TOKEN_UNREADABLE
                      ? awaitReadableToken(cabinet)
                      : pass(cabinet));
    } catch (RuntimeException unexpected) {
      // One cabinet's bug must not stop the others; the lease is released and the next tick
      // retries.
      LOG.log(Level.ERROR, "sync of cabinet " + id + " failed unexpectedly", unexpected);
      return Optional.empty();
    } finally {
      cabinets.release(id);
    }
  }

  /**
   * A token that cannot be read is never sent to WB, and no pass runs. The first time, the cabinet
   * is paused (so it is no longer due) and its sellers are asked for the token, as after a refusal;
   * later visits (a sync asked for by hand) say nothing more.
   */
  private SyncReport awaitReadableToken(Cabinet cabinet) {
    if (!cabinet.pausedForUnreadableToken()) {
      LOG.log(
          Level.WARNING,
          "cabinet "
              + cabinet.id()
              + ": its stored token cannot be read; not synced until a seller sends it again");
      Cabinet paused = cabinet.tokenUnreadable(clock.instant());
      cabinets.save(paused);
      announcements.tokenUnreadable(paused);
    }
    SyncKind kind = cabinet.needsPrimarySync() ? SyncKind.PRIMARY : SyncKind.INCREMENTAL;
    return new SyncReport(cabinet.id(), kind, Map.of(), 0, Map.of(), true);
  }

  private SyncReport pass(Cabinet cabinet) {
    SyncKind kind = cabinet.needsPrimarySync() ? SyncKind.PRIMARY : SyncKind.INCREMENTAL;
    Instant now = clock.instant();
    long runId = runs.started(cabinet.id(), kind, now);
    DetectionContext detection = new DetectionContext(cabinet.id(), kind, now);
    WbAccess access = new WbAccess(cabinet.id(), cabinet.token());
    Map<SyncStream, Long> rows = new EnumMap<>(SyncStream.class);
    Map<SyncStream, String> failures = new EnumMap<>(SyncStream.class);
    PossiblyMissedRows possiblyMissed = new PossiblyMissedRows(cabinet.id(), runId, runs);
    SyncProgress progress = SyncProgress.starting();
    long totalRows = 0;
    int events = 0;
    for (StreamSync stream : streams) {
      if (runs.cancelRequested(runId)) {
        failures.put(stream.stream(), "остановлено оператором");
        break;
      }
      SyncProgress at = progress.within(stream.stream(), 0, totalRows);
      runs.progressed(runId, at);
      try {
        long base = totalRows;
        StreamResult result =
            stream.sync(
                new StreamSyncContext(
                    access,
                    detection,
                    at,
                    p ->
                        runs.progressed(
                            runId,
                            p.within(p.current(), p.currentFraction(), base + p.rowsSoFar())),
                    second -> possiblyMissed.record(stream.stream(), second)));
        rows.put(stream.stream(), result.rows());
        totalRows += result.rows();
        events += result.events();
        runs.streamFinished(runId, stream.stream(), result.rows());
      } catch (WbTokenRejectedException rejected) {
        String reason = "WB не принимает токен: " + rejected.getMessage();
        runs.streamFailed(runId, stream.stream(), reason);
        runs.finished(runId, clock.instant(), reason);
        Cabinet paused = cabinet.tokenRejected(clock.instant(), reason);
        cabinets.save(paused);
        announcements.tokenRejected(paused);
        return new SyncReport(
            cabinet.id(), kind, rows, events, failures, true, possiblyMissed.seconds());
      } catch (WbUnavailableException unavailable) {
        failures.put(stream.stream(), unavailable.getMessage());
        runs.streamFailed(runId, stream.stream(), unavailable.getMessage());
        LOG.log(
            Level.WARNING,
            "cabinet "
                + cabinet.id()
                + ": stream "
                + stream.stream()
                + " failed: "
                + unavailable.getMessage());
      } catch (RuntimeException broken) {
        // Storage or a bug: the page's transaction rolled back, so the stream resumes from its
        // cursor next pass.
        String reason = "внутренняя ошибка: " + broken.getClass().getSimpleName();
        failures.put(stream.stream(), reason);
        runs.streamFailed(runId, stream.stream(), reason);
        LOG.log(
            Level.ERROR,
            "cabinet " + cabinet.id() + ": stream " + stream.stream() + " failed",
            broken);
      }
      progress = progress.streamDone(totalRows);
      runs.progressed(runId, progress);
      if (kind == SyncKind.PRIMARY) {
        announcements.primaryProgress(cabinet, progress);
      }
    }
    String error = failures.isEmpty() ? null : describe(failures);
    runs.finished(runId, clock.instant(), error);
    finish(cabinet, kind, failures, error);
    return new SyncReport(
        cabinet.id(), kind, rows, events, failures, false, possiblyMissed.seconds());
  }

  private void finish(
      Cabinet cabinet, SyncKind kind, Map<SyncStream, String> failures, String error) {
    Instant end = clock.instant();
    if (kind == SyncKind.PRIMARY && failures.isEmpty()) {
      Cabinet ready = cabinet.primarySyncFinished(end);
      cabinets.save(ready);
      announcements.primaryFinished(ready);
      return;
    }
    boolean newTrouble = error != null && !error.equals(cabinet.lastError());
    cabinets.save(cabinet.syncEnded(end, error));
    if (kind == SyncKind.PRIMARY && newTrouble) {
      var first = failures.entrySet().iterator().next();
      announcements.primaryFailed(cabinet, first.getKey(), first.getValue());
    }
  }

  private static String describe(Map<SyncStream, String> failures) {
    StringBuilder text = new StringBuilder();
    failures.forEach(
        (stream, reason) ->
            text.append(text.length() == 0 ? "" : "; ").append(stream).append(": ").append(reason));
    return text.toString();
  }

  /** Builds a stream's sync at the start of each pass, so the current policy applies. */
  private record LazyStream(SyncStream stream, Supplier<StreamSync> factory) implements StreamSync {
    @Override
    public StreamResult sync(StreamSyncContext context) {
      return factory.get().sync(context);
    }
  }
}
