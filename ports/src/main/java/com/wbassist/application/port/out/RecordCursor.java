package com.wbassist.application.port.out;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page of records ended: the last record's own date and key. The next page starts after it,
 * so records stored meanwhile never shift a page, and no record is read twice or skipped. A client
 * holds it as an opaque text.
 */
public record RecordCursor(Instant at, String key) {
  public RecordCursor {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(key, "key");
  }

  public String text() {
    // The instant to the nanosecond: a detection time has microseconds, and a cursor rounded
    // down would read its own last record again.
    String plain = at + "|" + key;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a client sent back; empty when it is not one this API gave out. */
  public static Optional<RecordCursor> parse(String text) {
    if (text == null || text.isBlank() || text.length() > 1_000) {
      return Optional.empty();
    }
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
      int bar = plain.indexOf('|');
      if (bar < 1) {
        return Optional.empty();
      }
      return Optional.of(
          new RecordCursor(Instant.parse(plain.substring(0, bar)), plain.substring(bar + 1)));
    } catch (IllegalArgumentException | java.time.DateTimeException notOurs) {
      return Optional.empty();
    }
  }
}
