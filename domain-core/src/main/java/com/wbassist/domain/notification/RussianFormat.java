package com.wbassist.domain.notification;

import com.wbassist.domain.market.MoscowTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Money and time the way a Russian seller reads them: "1 284,01 ₽", "18.11.2026 09:05 МСК". */
public final class RussianFormat {
  private static final DateTimeFormatter MOSCOW =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(MoscowTime.ZONE);
  private static final DateTimeFormatter MOSCOW_DAY =
      DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(MoscowTime.ZONE);

  private RussianFormat() {}

  /** Absolute value: WB signs return money negative, the seller reads an amount. */
  public static String rubles(BigDecimal amount) {
    BigDecimal value = amount.abs().setScale(2, RoundingMode.HALF_UP);
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    String pattern = value.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00";
    return new DecimalFormat(pattern, symbols).format(value) + " ₽";
  }

  static String moscowTime(Instant instant) {
    return MOSCOW.format(instant) + " МСК";
  }

  /**
   * The time, or only the day when WB gave only a day: WB writes a day-only date (a cancellation's
   * {@code cancelDate}, say) as midnight, and "00:00 МСК" would claim a time nobody knows. A row
   * really dated at 00:00:00 to the second loses its time too; rows carry seconds, so that is rare.
   */
  static String moscowDateOrTime(Instant instant) {
    return isDayOnly(instant) ? MOSCOW_DAY.format(instant) : moscowTime(instant);
  }

  static boolean isDayOnly(Instant instant) {
    return MoscowTime.toLocal(instant).toLocalTime().equals(LocalTime.MIDNIGHT);
  }

  /** "18.11.2026", the Moscow day. */
  public static String moscowDay(LocalDate day) {
    return MOSCOW_DAY.format(day);
  }

  static String stars(int valuation) {
    int stars = Math.max(0, Math.min(5, valuation));
    return "★".repeat(stars) + "☆".repeat(5 - stars) + " (" + stars + "/5)";
  }
}
