package com.wbassist.domain.task;

import com.wbassist.domain.market.Period;
import java.time.Instant;

/**
 * A report's percent, without counting its rows first: orders are the first 45 %, sales the next 45
 * %, each by how far into the period its last page's row dates have come (rows come in date order),
 * and storing the file the last 10 %.
 */
public final class ReportStages {
  public static final String ORDERS = "orders";
  public static final String SALES = "sales";
  public static final String STORING = "storing";
  public static final String DONE = "done";

  private ReportStages() {}

  public static int percent(String stage, Period period, Instant reached) {
    return switch (stage) {
      case ORDERS -> (int) (45 * fraction(period, reached));
      case SALES -> 45 + (int) (45 * fraction(period, reached));
      case STORING -> 90;
      case DONE -> 100;
      default -> 0;
    };
  }

  static double fraction(Period period, Instant reached) {
    if (reached == null) {
      return 0;
    }
    double whole = period.end().toEpochMilli() - period.start().toEpochMilli();
    double done = reached.toEpochMilli() - period.start().toEpochMilli();
    return Math.max(0, Math.min(1, done / whole));
  }
}
