package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncLease;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncRun;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.Optional;

/**
 * The record of sync passes and their progress, for sellers waiting and for operations. A run is
 * its pass's own record; only the progress sellers are shown is written under the pass's lease.
 */
public interface SyncRunLog {
  long started(CabinetId cabinet, SyncKind kind, Instant now);

  /**
   * Records how far the pass has come, only while {@code lease} is still the cabinet's (checked and
   * renewed to {@code lease.until()} in the same transaction): a pass that lost its cabinet shows
   * sellers nothing more.
   *
   * @throws LeaseLostException when it is not; nothing is recorded
   */
  void progressed(long runId, SyncLease lease, SyncProgress progress);

  void streamFinished(long runId, SyncStream stream, long rows);

  void streamFailed(long runId, SyncStream stream, String error);

  /**
   * WB changed more rows of an orders or sales stream at this second than fit in a page, and the
   * cursor stepped past it: rows of that second beyond the page were not fetched. Recorded with the
   * run for operators, so nothing is skipped in silence; the run itself still counts as a success.
   */
  void possiblyMissed(long runId, SyncStream stream, Instant second);

  /**
   * @param error {@code null} when the pass went well
   */
  void finished(long runId, Instant now, String error);

  /** The progress of the cabinet's pass under way, if one is. */
  Optional<SyncProgress> currentProgress(CabinetId cabinet);

  /** Whether an operator asked to cancel the pass: it stops before its next stream. */
  boolean cancelRequested(long runId);

  /** The cabinet's newest run of the kind, finished or not: what its pass wrote of itself. */
  Optional<SyncRun> lastRun(CabinetId cabinet, SyncKind kind);

  /**
   * Asks every unfinished run of the cabinet to stop (an operator's cancel, or a seller's of the
   * primary sync task): each pass stops before its next stream.
   *
   * @return how many runs were asked
   */
  int requestCancel(CabinetId cabinet);
}
