package com.wbassist.application.service;

import com.wbassist.application.port.in.HousekeepingReport;
import com.wbassist.application.port.in.PruneOldRows;
import com.wbassist.application.port.out.Housekeeping;
import com.wbassist.application.port.out.PruneReport;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Prunes batch after batch while some kind still fills its batch, until the policy's time budget is
 * spent or the application stops. What is old is decided once per run, at its start: a run that
 * lasts two minutes does not chase rows that became old meanwhile.
 */
public final class HousekeepingService implements PruneOldRows {
  private final Housekeeping housekeeping;
  private final HousekeepingPolicy policy;
  private final Clock clock;
  private final BooleanSupplier running;

  /**
   * @param running false once the application is stopping: the run then ends after the batch at
   *     hand
   */
  public HousekeepingService(
      Housekeeping housekeeping, HousekeepingPolicy policy, Clock clock, BooleanSupplier running) {
    this.housekeeping = housekeeping;
    this.policy = policy;
    this.clock = clock;
    this.running = running;
  }

  @Override
  public HousekeepingReport pruneOldRows() {
    Instant now = clock.instant();
    Instant deadline = now.plus(policy.timeBudget());
    PruneReport pruned = PruneReport.nothing();
    int batches = 0;
    while (true) {
      PruneReport batch = housekeeping.prune(now, policy.retention(), policy.batchSize());
      pruned = pruned.plus(batch);
      batches++;
      if (!batch.mayHaveMore(policy.batchSize())) {
        return new HousekeepingReport(pruned, batches, true);
      }
      if (!running.getAsBoolean() || !clock.instant().isBefore(deadline)) {
        return new HousekeepingReport(pruned, batches, false);
      }
    }
  }
}
