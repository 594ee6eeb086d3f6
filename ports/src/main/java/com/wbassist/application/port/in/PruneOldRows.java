package com.wbassist.application.port.in;

/**
 * Housekeeping: prune what has served its purpose — old update ids, sync runs, notifications,
 * market rows beyond WB's history, token attempts — in small batches until nothing is left or the
 * run's time budget is spent (the next run goes on).
 */
public interface PruneOldRows {
  HousekeepingReport pruneOldRows();
}
