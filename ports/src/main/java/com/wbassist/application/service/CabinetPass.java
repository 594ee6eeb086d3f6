package com.wbassist.application.service;

import com.wbassist.application.port.in.SyncReport;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.LeaseLostException;
import com.wbassist.application.port.out.PassOutcome;
import com.wbassist.application.port.out.RequestTurns;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbTokenRejectedException;
import com.wbassist.application.port.out.WbUnavailableException;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionContext;
import com.wbassist.domain.sync.StreamCategories;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.sync.TokenRequestLimits;
import com.wbassist.domain.token.TokenInspector;
import com.wbassist.domain.token.TokenType;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass of one cabinet: every stream in order, page by page, then what the pass means for the
 * cabinet. A stream that fails leaves its cursor where it was and the pass goes on with the others;
 * a token WB refuses stops the pass and pauses the cabinet. Every write carries the pass's lease
 * ({@link HeldLease}): the first one refused because another pass claimed the cabinet stops the
 * pass, which then records nothing more of the cabinet — only its own run says why it stopped. The
 * pass writes only what it owns of the cabinet ({@link PassOutcome}): the cabinet read at its start
 * is never saved back, so a token a seller sent meanwhile stands.
 */
final class CabinetPass {
  private static final Logger LOG = System.getLogger(CabinetPass.class.getName());
  static final String LEASE_LOST = "lease lost: another pass holds the cabinet now";

  private final CabinetStore cabinets;
  private final SyncRunLog runs;
  private final SyncAnnouncements announcements;
  private final Clock clock;
  private final List<StreamSync> streams;
  private final RequestTurns turns;
  private final TokenRequestLimits limits = new TokenRequestLimits();
  private final TokenCare care;

  CabinetPass(
      CabinetStore cabinets,
      SyncRunLog runs,
      SyncAnnouncements announcements,
      Clock clock,
      List<StreamSync> streams,
      RequestTurns turns,
      TokenCare care) {
    this.cabinets = cabinets;
    this.runs = runs;
    this.announcements = announcements;
    this.clock = clock;
    this.streams = streams;
    this.turns = turns;
    this.care = care;
  }

  SyncReport run(Cabinet cabinet, HeldLease held) {
    SyncKind kind = cabinet.needsPrimarySync() ? SyncKind.PRIMARY : SyncKind.INCREMENTAL;
    long runId = runs.started(cabinet.id(), kind, clock.instant());
    Tally tally = new Tally(new PossiblyMissedRows(cabinet.id(), runId, runs));
    CatchUp catchUp = care.catchUp(cabinet);
    try {
      runStreams(cabinet, held, kind, runId, tally, catchUp);
      if (!tally.tokenRejected) {
        String error = tally.failures.isEmpty() ? null : describe(tally.failures);
        runs.finished(runId, clock.instant(), error);
        finish(cabinet, held, kind, tally.failures, tally.cutShort, error);
        care.passEnded(cabinet, kind, catchUp, clock.instant());
      }
      return tally.report(cabinet.id(), kind, false);
    } catch (LeaseLostException lost) {
      // The run is this pass's own record: it may still say why the pass stopped.
      runs.finished(runId, clock.instant(), LEASE_LOST);
      logLost(cabinet.id(), lost);
      return tally.report(cabinet.id(), kind, true);
    }
  }

  static void logLost(CabinetId cabinet, LeaseLostException lost) {
    LOG.log(
        Level.WARNING,
        "cabinet "
            + cabinet
            + ": lease "
            + lost.lease().epoch()
            + " lost to another pass; this pass stopped and recorded nothing more of the cabinet");
  }

  private void runStreams(
      Cabinet cabinet, HeldLease held, SyncKind kind, long runId, Tally tally, CatchUp catchUp) {
    DetectionContext detection = new DetectionContext(cabinet.id(), kind, clock.instant());
    WbAccess access = new WbAccess(cabinet.id(), cabinet.token());
    TokenType tokenType = TokenInspector.typeOf(cabinet.token());
    SyncProgress progress = SyncProgress.starting();
    Set<SyncStream> stopped = care.stopped(cabinet);
    for (StreamSync stream : streams) {
      if (runs.cancelRequested(runId)) {
        tally.failures.put(stream.stream(), "остановлено оператором");
        return;
      }
      if (!limits.offered(tokenType, stream.stream())) {
        // WB does not give this stream to the token's type: nothing to ask, nothing failed.
        continue;
      }
      if (stopped.contains(stream.stream())) {
        // WB refused the stream's category for this token: not asked again until a new token.
        continue;
      }
      StreamRequests requests = requestsOf(cabinet, tokenType, stream.stream());
      SyncProgress at = progress.within(stream.stream(), 0, tally.totalRows);
      runs.progressed(runId, held.renewed(), at);
      try {
        long base = tally.totalRows;
        StreamResult result =
            stream.sync(
                new StreamSyncContext(
                    access,
                    detection,
                    held,
                    at,
                    p ->
                        runs.progressed(
                            runId,
                            held.renewed(),
                            p.within(p.current(), p.currentFraction(), base + p.rowsSoFar())),
                    second -> tally.possiblyMissed.record(stream.stream(), second),
                    requests,
                    catchUp));
        if (result.cutShort()) {
          tally.cutShort.add(stream.stream());
        }
        tally.rows.put(stream.stream(), result.rows());
        tally.totalRows += result.rows();
        tally.events += result.events();
        runs.streamFinished(runId, stream.stream(), result.rows());
      } catch (WbTokenRejectedException rejected) {
        if (care.lacksCategory(cabinet, stream.stream())) {
          // One host refused a category the token does not open: that stream stops, the others
          // go on (docs/decisions/0622).
          String reason =
              "в токене нет категории «" + StreamCategories.of(stream.stream()).russianName() + "»";
          tally.failures.put(stream.stream(), reason);
          runs.streamFailed(runId, stream.stream(), reason);
          care.categoryRefused(cabinet, stream.stream());
        } else {
          String reason = "WB не принимает токен: " + rejected.getMessage();
          runs.streamFailed(runId, stream.stream(), reason);
          runs.finished(runId, clock.instant(), reason);
          Instant now = clock.instant();
          // Paused only if the stored token is still the one WB refused: a token a seller sent
          // meanwhile is tried by the next pass, not paused for its predecessor.
          if (cabinets.recordPass(
              held.renewed(), PassOutcome.tokenRejected(now, reason, cabinet.token()))) {
            care.tokenDied(cabinet, now);
            announcements.tokenRejected(cabinet.tokenRejected(now, reason));
          } else {
            LOG.log(
                Level.INFO,
                "cabinet "
                    + cabinet.id()
                    + ": WB refused the token this pass used, but a new one was sent meanwhile;"
                    + " not paused");
          }
          tally.tokenRejected = true;
          return;
        }
      } catch (WbUnavailableException unavailable) {
        tally.failures.put(stream.stream(), unavailable.getMessage());
        runs.streamFailed(runId, stream.stream(), unavailable.getMessage());
        LOG.log(
            Level.WARNING,
            "cabinet "
                + cabinet.id()
                + ": stream "
                + stream.stream()
                + " failed: "
                + unavailable.getMessage());
      } catch (LeaseLostException lost) {
        throw lost; // not a failure of the stream: the whole pass stops
      } catch (RuntimeException broken) {
        // Storage or a bug: the page's transaction rolled back, so the stream resumes from its
        // cursor next pass.
        String reason = "внутренняя ошибка: " + broken.getClass().getSimpleName();
        tally.failures.put(stream.stream(), reason);
        runs.streamFailed(runId, stream.stream(), reason);
        LOG.log(
            Level.ERROR,
            "cabinet " + cabinet.id() + ": stream " + stream.stream() + " failed",
            broken);
      }
      progress = progress.streamDone(tally.totalRows);
      runs.progressed(runId, held.renewed(), progress);
      if (kind == SyncKind.PRIMARY) {
        announcements.primaryProgress(cabinet, progress);
      }
    }
  }

  /**
   * The requests the stream may make this pass: a turn of its own when WB limits it for the token's
   * type to a request now and then, else as many as it needs.
   */
  private StreamRequests requestsOf(Cabinet cabinet, TokenType type, SyncStream stream) {
    return limits
        .gapBetweenRequests(type, stream)
        .map(gap -> StreamRequests.oneTurn(turns, cabinet.id(), stream, gap, clock))
        .orElseGet(StreamRequests::unlimited);
  }

  private void finish(
      Cabinet cabinet,
      HeldLease held,
      SyncKind kind,
      Map<SyncStream, String> failures,
      Set<SyncStream> cutShort,
      String error) {
    Instant end = clock.instant();
    if (kind == SyncKind.PRIMARY && failures.isEmpty() && cutShort.isEmpty()) {
      cabinets.recordPass(held.renewed(), PassOutcome.primaryFinished(end));
      announcements.primaryFinished(cabinet.primarySyncFinished(end));
      return;
    }
    boolean newTrouble = error != null && !error.equals(cabinet.lastError());
    cabinets.recordPass(held.renewed(), PassOutcome.ended(end, error));
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

  /** What the pass has done so far: what its report says, however it ends. */
  private static final class Tally {
    final Map<SyncStream, Long> rows = new EnumMap<>(SyncStream.class);
    final Map<SyncStream, String> failures = new EnumMap<>(SyncStream.class);

    /** Streams that stopped for WB's limits with more to read: a first sync goes on next pass. */
    final Set<SyncStream> cutShort = EnumSet.noneOf(SyncStream.class);

    final PossiblyMissedRows possiblyMissed;
    long totalRows;
    int events;
    boolean tokenRejected;

    Tally(PossiblyMissedRows possiblyMissed) {
      this.possiblyMissed = possiblyMissed;
    }

    SyncReport report(CabinetId cabinet, SyncKind kind, boolean leaseLost) {
      return new SyncReport(
          cabinet,
          kind,
          rows,
          events,
          failures,
          tokenRejected,
          possiblyMissed.seconds(),
          leaseLost);
    }
  }
}
