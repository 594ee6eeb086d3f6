package com.wbassist.domain.figures;

import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.market.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The spans a dashboard offers, as whole Moscow days counted back from the Moscow day of "now".
 * "7d" and "30d" include today, as the bot's reports do: a seller looking at the week wants this
 * morning's orders in it. Today is then only today so far; the dashboard says as of when (decision
 * 0629).
 */
public enum DashboardPeriod {
  TODAY("today", 0, 1),
  YESTERDAY("yesterday", 1, 1),
  LAST_7_DAYS("7d", 0, 7),
  LAST_30_DAYS("30d", 0, 30);

  private final String text;
  private final int daysBack;
  private final int days;

  DashboardPeriod(String text, int daysBack, int days) {
    this.text = text;
    this.daysBack = daysBack;
    this.days = days;
  }

  /** The name a client sends: {@code today}, {@code yesterday}, {@code 7d}, {@code 30d}. */
  public String text() {
    return text;
  }

  public static Optional<DashboardPeriod> named(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String asked = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.text.equals(asked)).findFirst();
  }

  /** The Moscow days this span covers at the instant {@code now}. */
  public Period asOf(Instant now) {
    LocalDate last = MoscowTime.toLocal(now).toLocalDate().minusDays(daysBack);
    return new Period(last.minusDays(days - 1L), last);
  }
}
