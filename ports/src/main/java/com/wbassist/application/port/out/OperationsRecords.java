package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.List;

/**
 * What the stored runs, events and deliveries say about the servers' work, for the operations
 * console. Read-only; answered from the rows housekeeping has not pruned yet.
 */
public interface OperationsRecords {
  /**
   * The {@code hours} hours starting at {@code firstHour} (a whole UTC hour), oldest first, one
   * entry per hour whether anything happened in it or not.
   */
  List<HourOfOperations> hourly(Instant firstHour, int hours);

  /** The cabinet's newest sync runs, newest first, at most {@code limit}. */
  List<SyncRunRecord> runs(CabinetId cabinet, int limit);
}
