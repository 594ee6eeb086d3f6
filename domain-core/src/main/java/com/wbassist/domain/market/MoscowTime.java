package com.wbassist.domain.market;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** WB's statistics write naive Moscow time; the model keeps instants. */
public final class MoscowTime {
  public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

  private MoscowTime() {}

  public static Instant toInstant(LocalDateTime moscowLocal) {
    return moscowLocal.atZone(ZONE).toInstant();
  }

  public static LocalDateTime toLocal(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZONE);
  }
}
