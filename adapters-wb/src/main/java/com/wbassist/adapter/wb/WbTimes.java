package com.wbassist.adapter.wb;

import com.wbassist.domain.market.MoscowTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * WB's three ways of writing time: naive Moscow time in the statistics ({@code
 * 2022-03-04T18:08:31}, sometimes with a fraction, {@code 0001-01-01T00:00:00} for "never"), ISO
 * with an offset in feedbacks, UTC {@code Z} in content.
 */
final class WbTimes {
  private static final DateTimeFormatter DATE_FROM =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private WbTimes() {}

  /**
   * {@code dateFrom} of orders and sales: Moscow wall time to the second, cut down so no boundary
   * row is skipped.
   */
  static String dateFrom(Instant instant) {
    return MoscowTime.toLocal(instant).truncatedTo(ChronoUnit.SECONDS).format(DATE_FROM);
  }

  /**
   * A statistics timestamp, read without building a String on the usual shape.
   *
   * @return the instant, or {@code null} for WB's "never" ({@code 0001-01-01T00:00:00})
   */
  static Instant statistics(char[] chars, int offset, int length) {
    if (length >= 19
        && chars[offset + 4] == '-'
        && chars[offset + 7] == '-'
        && chars[offset + 10] == 'T'
        && chars[offset + 13] == ':'
        && chars[offset + 16] == ':') {
      int year = digits(chars, offset, 4);
      int month = digits(chars, offset + 5, 2);
      int day = digits(chars, offset + 8, 2);
      int hour = digits(chars, offset + 11, 2);
      int minute = digits(chars, offset + 14, 2);
      int second = digits(chars, offset + 17, 2);
      int nano = fraction(chars, offset + 19, length - 19);
      if ((year | month | day | hour | minute | second | nano) >= 0) {
        if (year <= 1) {
          return null;
        }
        try {
          return MoscowTime.toInstant(
              LocalDateTime.of(year, month, day, hour, minute, second, nano));
        } catch (DateTimeException impossibleDate) {
          throw new WbBodyProblem(
              "\"" + new String(chars, offset, length) + "\" is not a timestamp");
        }
      }
    }
    return anyShape(new String(chars, offset, length));
  }

  /**
   * Any timestamp WB writes: with an offset or {@code Z} as given, without one as Moscow time, a
   * bare date as its start.
   */
  static Instant anyShape(String text) {
    try {
      if (text.length() == 10) {
        return MoscowTime.toInstant(LocalDate.parse(text).atStartOfDay());
      }
      if (hasOffset(text)) {
        return OffsetDateTime.parse(text).toInstant();
      }
      LocalDateTime local = LocalDateTime.parse(text);
      return local.getYear() <= 1 ? null : MoscowTime.toInstant(local);
    } catch (DateTimeException notATime) {
      throw new WbBodyProblem("\"" + abbreviate(text) + "\" is not a timestamp");
    }
  }

  private static boolean hasOffset(String text) {
    int time = text.indexOf('T');
    return text.endsWith("Z")
        || text.endsWith("z")
        || (time > 0 && (text.indexOf('+', time) > 0 || text.indexOf('-', time) > 0));
  }

  private static int digits(char[] chars, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = chars[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * {@code .12345} → nanoseconds; nothing → 0; anything else (an offset, say) → -1 for the slow
   * path.
   */
  private static int fraction(char[] chars, int from, int length) {
    if (length == 0) {
      return 0;
    }
    if (chars[from] != '.' || length < 2 || length > 10) {
      return -1;
    }
    int value = digits(chars, from + 1, length - 1);
    if (value < 0) {
      return -1;
    }
    for (int i = length - 1; i < 9; i++) {
      value *= 10;
    }
    return value;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
