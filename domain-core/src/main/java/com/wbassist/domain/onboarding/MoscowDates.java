package com.wbassist.domain.onboarding;

import com.wbassist.domain.market.MoscowTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates in the bot's menus as a Russian seller reads them: "02.12.2026 09:15 МСК". */
final class MoscowDates {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'МСК'").withZone(MoscowTime.ZONE);

  private MoscowDates() {}

  static String dateTime(Instant instant) {
    return DATE_TIME.format(instant);
  }
}
