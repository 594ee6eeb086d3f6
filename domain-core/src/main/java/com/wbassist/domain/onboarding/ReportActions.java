package com.wbassist.domain.onboarding;

import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.ReportFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The callback data of the «📊 Отчёт» menu: {@code rep} opens it; {@code rep:<days>:<X|C>} asks for
 * the last {@code days} Moscow days (today included; {@code 0}: yesterday alone) as XLSX or CSV.
 * Short, and free of any seller id: a button asks for the presser's own shop.
 */
public final class ReportActions {
  public static final String MENU = "rep";

  /** The days a button may ask for: yesterday alone. */
  public static final int YESTERDAY = 0;

  private static final String PREFIX = "rep:";

  private ReportActions() {}

  public static String ask(int days, ReportFormat format) {
    return PREFIX + days + ":" + (format == ReportFormat.CSV ? "C" : "X");
  }

  /** Whether the data is this menu's. */
  public static boolean handles(String data) {
    return MENU.equals(data) || (data != null && data.startsWith(PREFIX));
  }

  /** What a report button asks for, as of {@code clock}; empty for the menu or foreign data. */
  public static Optional<Asked> asked(String data, Clock clock) {
    if (data == null || !data.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = data.substring(PREFIX.length()).split(":");
    if (parts.length != 2 || !(parts[1].equals("X") || parts[1].equals("C"))) {
      return Optional.empty();
    }
    int days;
    try {
      days = Integer.parseInt(parts[0]);
    } catch (NumberFormatException notOurs) {
      return Optional.empty();
    }
    if (days < YESTERDAY || days > Period.LONGEST_DAYS) {
      return Optional.empty();
    }
    Period period;
    if (days == YESTERDAY) {
      LocalDate yesterday = Period.lastDays(1, clock).last().minusDays(1);
      period = new Period(yesterday, yesterday);
    } else {
      period = Period.lastDays(days, clock);
    }
    return Optional.of(
        new Asked(period, parts[1].equals("C") ? ReportFormat.CSV : ReportFormat.XLSX));
  }

  /** A period and a format a button asked for. */
  public record Asked(Period period, ReportFormat format) {}
}
