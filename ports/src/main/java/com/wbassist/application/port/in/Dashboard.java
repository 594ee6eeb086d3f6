package com.wbassist.application.port.in;

import com.wbassist.domain.figures.DashboardPeriod;
import com.wbassist.domain.figures.ShopSummary;
import java.time.Instant;
import java.util.Objects;

/**
 * A dashboard as computed: the span asked for, the instant it was computed at (today's figures are
 * today's so far), and the summary of the span's Moscow days.
 */
public record Dashboard(DashboardPeriod period, Instant asOf, ShopSummary summary) {
  public Dashboard {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(summary, "summary");
  }
}
