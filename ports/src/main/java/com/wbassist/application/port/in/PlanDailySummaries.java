package com.wbassist.application.port.in;

/**
 * Plans the daily summaries due now (docs/domain.md, "Daily summary"); the dispatcher sends them
 * once live news is out.
 */
public interface PlanDailySummaries {
  /** Answers how many summaries were planned. */
  int planDailySummaries();
}
