package com.wbassist.adapter.wb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WbTimesTest {

  private static Instant statistics(String text) {
    return WbTimes.statistics(text.toCharArray(), 0, text.length());
  }

  @Test
  @DisplayName("dateFrom is the instant's Moscow wall time to the second, in WB's naive format")
  void dateFromIsNaiveMoscowTime() {
    assertEquals("2026-11-18T12:00:00", WbTimes.dateFrom(Instant.parse("2026-11-18T09:00:00Z")));
    assertEquals(
        "2026-01-01T02:59:59", WbTimes.dateFrom(Instant.parse("2025-12-31T23:59:59.999Z")));
  }

  @Test
  @DisplayName(
      "dateFrom cuts a fraction down, so the boundary row is asked for again rather than skipped")
  void dateFromTruncates() {
    assertEquals("2022-03-06T10:11:07", WbTimes.dateFrom(statistics("2022-03-06T10:11:07.987")));
  }

  @Test
  @DisplayName("a naive statistics timestamp is Moscow time, with or without a fraction")
  void naiveIsMoscow() {
    assertEquals(Instant.parse("2022-03-04T15:08:31Z"), statistics("2022-03-04T18:08:31"));
    assertEquals(
        Instant.parse("2019-06-20T20:59:59.123450Z"), statistics("2019-06-20T23:59:59.12345"));
  }

  @Test
  @DisplayName("WB's 0001-01-01T00:00:00 means never")
  void sentinelIsNever() {
    assertNull(statistics("0001-01-01T00:00:00"));
  }

  @Test
  @DisplayName("an offset, a Z or a bare date are read too")
  void otherShapes() {
    assertEquals(
        Instant.parse("2024-09-26T07:20:48Z"), WbTimes.anyShape("2024-09-26T10:20:48+03:00"));
    assertEquals(
        Instant.parse("2023-12-06T11:17:00.96577Z"), statistics("2023-12-06T11:17:00.96577Z"));
    assertEquals(Instant.parse("2019-06-19T21:00:00Z"), statistics("2019-06-20"));
  }

  @Test
  @DisplayName("text that is no time is a body problem, not a crash")
  void garbageIsAProblem() {
    assertThrows(WbBodyProblem.class, () -> statistics("yesterday"));
    assertThrows(WbBodyProblem.class, () -> statistics("2022-13-45T10:11:07"));
  }
}
