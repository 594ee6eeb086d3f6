package com.wbassist.app.api;

import com.wbassist.application.port.out.NotifiedEvent;
import java.time.OffsetDateTime;

/**
 * An event the bot detected for the shop and how its Telegram messages went: sent, still pending,
 * given up.
 */
public record NotifiedJson(
    String type,
    String key,
    long nmId,
    OffsetDateTime occurredAt,
    OffsetDateTime detectedAt,
    int sent,
    int pending,
    int failed) {

  static NotifiedJson of(NotifiedEvent event) {
    return new NotifiedJson(
        event.type().name(),
        event.key(),
        event.nmId(),
        MoscowJson.time(event.occurredAt()),
        MoscowJson.time(event.detectedAt()),
        event.sent(),
        event.pending(),
        event.failed());
  }
}
