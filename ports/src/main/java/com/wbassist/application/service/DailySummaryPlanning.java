package com.wbassist.application.service;

import com.wbassist.application.port.in.PlanDailySummaries;
import com.wbassist.application.port.out.DailySummaries;
import com.wbassist.domain.summary.DailySummaryRound;
import java.time.Clock;
import java.time.Instant;

/**
 * Plans the summaries due at this minute. Any server may plan, as often as it likes: a summary of a
 * day is planned once per seller whoever gets there first, and a seller whose time passed while
 * every server was down is planned by the first run after.
 */
public final class DailySummaryPlanning implements PlanDailySummaries {
  private final DailySummaries summaries;
  private final Clock clock;

  public DailySummaryPlanning(DailySummaries summaries, Clock clock) {
    this.summaries = summaries;
    this.clock = clock;
  }

  @Override
  public int planDailySummaries() {
    Instant now = clock.instant();
    return summaries.planDue(DailySummaryRound.at(now), now);
  }
}
