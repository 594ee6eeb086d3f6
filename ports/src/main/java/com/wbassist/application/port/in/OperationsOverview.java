package com.wbassist.application.port.in;

import com.wbassist.application.port.out.HourOfOperations;
import com.wbassist.application.port.out.SyncRunRecord;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncProgress;
import java.util.List;
import java.util.Optional;

/**
 * What operators see in the operations console: the cabinets and how they keep to their schedule, a
 * cabinet's sync runs, the servers' work per hour, and re-queueing one notification that was given
 * up.
 */
public interface OperationsOverview {
  /** The longest span the hourly figures cover: a week. */
  int LONGEST_SPAN_HOURS = 168;

  /** Runs shown at most, whatever the caller asks. */
  int MOST_RUNS = 500;

  /** Every cabinet with its members, next sync and lag. */
  List<CabinetStanding> cabinets();

  /** The cabinet's newest runs, newest first ({@code limit} 1…{@value #MOST_RUNS}). */
  List<SyncRunRecord> runs(CabinetId cabinet, int limit);

  /** How far the cabinet's pass under way has come; empty when none runs. */
  Optional<SyncProgress> progress(CabinetId cabinet);

  /**
   * The last {@code hours} hours (1…{@value #LONGEST_SPAN_HOURS}), the current one last, oldest
   * first.
   *
   * @throws IllegalArgumentException for a span outside those bounds
   */
  List<HourOfOperations> lastHours(int hours);

  /**
   * Puts one given-up notification of the cabinet back in the queue, due now.
   *
   * @return whether it did: {@code false} when there is no such failed delivery of that cabinet
   */
  boolean requeueDelivery(CabinetId cabinet, long deliveryId);
}
