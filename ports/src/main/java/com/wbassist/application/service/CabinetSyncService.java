package com.wbassist.application.service;

import com.wbassist.application.port.in.SyncCabinetNow;
import com.wbassist.application.port.in.SyncDueCabinets;
import com.wbassist.application.port.in.SyncReport;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.LeaseLostException;
import com.wbassist.application.port.out.PassOutcome;
import com.wbassist.application.port.out.RequestTurns;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.port.out.TokenCareStore;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncPolicy;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Syncs cabinets: a cabinet is leased (when due, or at once when asked for), one pass runs every
 * stream in order, page by page, each page stored with its events in one transaction ({@link
 * CabinetPass}), and the lease is released at the end. A second of orders or sales that WB could
 * not page past is recorded as possibly missed — in the run log, the log and the report — as soon
 * as the cursor steps past it. Every write of a pass carries its lease, renewed by each write; a
 * pass whose lease another pass took over stops at its next write and records nothing more.
 */
public final class CabinetSyncService implements SyncDueCabinets, SyncCabinetNow {
  private static final Logger LOG = System.getLogger(CabinetSyncService.class.getName());

  private final CabinetStore cabinets;
  private final SyncSchedule schedule;
  private final SyncAnnouncements announcements;
  private final Clock clock;
  private final CabinetPass pass;

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
      RequestTurns requestTurns,
      Clock clock) {
    this(
        cabinets,
        runs,
        wb,
        stores,
        policy,
        detection,
        schedule,
        announcements,
        requestTurns,
        clock,
        null);
  }

  /**
   * @param policy read at the start of every pass, so a changed configuration applies from the next
   *     pass on
   * @param tokenCare what passes remember of the token: expiry warnings, refused categories, the
   *     dead time to catch up (docs/decisions/0622); {@code null} leaves token care out
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
      RequestTurns requestTurns,
      Clock clock,
      TokenCareStore tokenCare) {
    this.cabinets = cabinets;
    this.schedule = schedule;
    this.announcements = announcements;
    this.clock = clock;
    this.pass =
        new CabinetPass(
            cabinets,
            runs,
            announcements,
            clock,
            PassStreams.of(wb, stores, policy, detection, clock),
            requestTurns,
            new TokenCare(tokenCare, announcements));
  }

  /** One batch of due cabinets, synced one after another (the engine runs them side by side). */
  public List<SyncReport> syncDue() {
    return syncDue(schedule.batchSize());
  }

  @Override
  public List<SyncLease> claimDue(int max) {
    return cabinets.claimDue(clock.instant(), schedule.interval(), schedule.lease(), max);
  }

  @Override
  public void release(SyncLease lease) {
    cabinets.release(lease);
  }

  @Override
  public Optional<SyncReport> syncNow(CabinetId cabinet) {
    return cabinets.claim(cabinet, clock.instant(), schedule.lease()).flatMap(this::syncClaimed);
  }

  @Override
  public Optional<SyncReport> syncClaimed(SyncLease lease) {
    CabinetId id = lease.cabinet();
    HeldLease held = new HeldLease(lease, schedule.lease(), clock);
    try {
      return cabinets
          .find(id)
          .map(
              cabinet ->
                  cabinet.status() == CabinetStatus.TOKEN_UNREADABLE
                      ? awaitReadableToken(cabinet, held)
                      : pass.run(cabinet, held));
    } catch (RuntimeException unexpected) {
      // One cabinet's bug must not stop the others; the lease is released and the next tick
      // retries.
      LOG.log(Level.ERROR, "sync of cabinet " + id + " failed unexpectedly", unexpected);
      return Optional.empty();
    } finally {
      // A pass that lost its lease releases nothing: the lease is another pass's now.
      cabinets.release(lease);
    }
  }

  /**
   * A token that cannot be read is never sent to WB, and no pass runs. The first time, the cabinet
   * is paused (so it is no longer due) and its sellers are asked for the token, as after a refusal;
   * later visits (a sync asked for by hand) say nothing more.
   */
  private SyncReport awaitReadableToken(Cabinet cabinet, HeldLease held) {
    SyncKind kind = cabinet.needsPrimarySync() ? SyncKind.PRIMARY : SyncKind.INCREMENTAL;
    if (!cabinet.pausedForUnreadableToken()) {
      LOG.log(
          Level.WARNING,
          "cabinet "
              + cabinet.id()
              + ": its stored token cannot be read; not synced until a seller sends it again");
      Instant now = clock.instant();
      try {
        if (!cabinets.recordPass(held.renewed(), PassOutcome.tokenUnreadable(now))) {
          // A seller sent the token again since it was read: nothing to pause, the next pass
          // syncs with it.
          return new SyncReport(cabinet.id(), kind, Map.of(), 0, Map.of(), false);
        }
      } catch (LeaseLostException lost) {
        // The pass that claimed the cabinet since pauses it and asks its sellers.
        CabinetPass.logLost(cabinet.id(), lost);
        return new SyncReport(cabinet.id(), kind, Map.of(), 0, Map.of(), false, Map.of(), true);
      }
      announcements.tokenUnreadable(cabinet.tokenUnreadable(now));
    }
    return new SyncReport(cabinet.id(), kind, Map.of(), 0, Map.of(), true);
  }
}
