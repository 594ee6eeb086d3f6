package com.wbassist.app.api;

import com.wbassist.domain.market.MoscowTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * How the API writes times and money: ISO-8601 with Moscow's offset (the time the seller reads in
 * the bot and in WB's cabinet, and still an exact instant), roubles as decimal numbers.
 */
final class MoscowJson {
  private MoscowJson() {}

  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, MoscowTime.ZONE);
  }

  static BigDecimal money(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}
