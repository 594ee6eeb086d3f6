package com.wbassist.domain.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRateLimitTest {
  private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

  /** One key's requests per minute, counted as the cluster counts them: refused ones taken back. */
  private static final class Key {
    private final ApiRateLimit limit;
    private final Map<Instant, Long> perMinute = new HashMap<>();
    private final List<Instant> allowed = new ArrayList<>();
    private Duration lastWait;

    Key(int perMinute) {
      this.limit = new ApiRateLimit(perMinute);
    }

    boolean request(Instant now) {
      RequestCounts counted = counts(now, 1);
      if (limit.allows(counted, now)) {
        perMinute.merge(limit.windowOf(now), 1L, Long::sum);
        allowed.add(now);
        return true;
      }
      lastWait = limit.retryAfter(counted, now);
      return false;
    }

    /** What the next request would be told, without counting it. */
    boolean wouldAllow(Instant at) {
      return limit.allows(counts(at, 1), at);
    }

    RequestCounts counts(Instant now, long more) {
      return new RequestCounts(
          perMinute.getOrDefault(limit.previousWindowOf(now), 0L),
          perMinute.getOrDefault(limit.windowOf(now), 0L) + more);
    }

    int burst(Instant at, int requests) {
      int passed = 0;
      for (int i = 0; i < requests; i++) {
        passed += request(at) ? 1 : 0;
      }
      return passed;
    }

    /** The most allowed requests in any 60 seconds that start at or after {@code since}. */
    long mostInAnyMinute(Instant since) {
      long most = 0;
      for (Instant from : allowed) {
        if (from.isBefore(since)) {
          continue;
        }
        Instant to = from.plus(Duration.ofMinutes(1));
        most =
            Math.max(
                most, allowed.stream().filter(t -> !t.isBefore(from) && t.isBefore(to)).count());
      }
      return most;
    }
  }

  @Test
  @DisplayName(
      "a minute's allowance spent at its last second leaves one request for the next minute's start, not another allowance")
  void edgeBurstRefused() {
    Key key = new Key(120);
    assertEquals(120, key.burst(NOON.plusSeconds(59), 120));
    assertEquals(1, key.burst(NOON.plusSeconds(60), 120));
    assertEquals(0, key.burst(NOON.plusMillis(60_499), 10));
    assertEquals(1, key.burst(NOON.plusMillis(60_500), 10), "then the limit's steady pace");
  }

  @ParameterizedTest(name = "phase {0} ms")
  @ValueSource(ints = {0, 1, 250, 499})
  @DisplayName("a client at the limit's steady pace is never refused, whatever its phase")
  void steadyPaceAllowed(int phaseMs) {
    Key key = new Key(120);
    for (Instant at = NOON.plusMillis(phaseMs);
        at.isBefore(NOON.plus(Duration.ofMinutes(5)));
        at = at.plusMillis(500)) {
      assertTrue(key.request(at), "request at " + at);
    }
  }

  @Test
  @DisplayName(
      "a limit that does not divide a minute: a client just under its pace is never refused")
  void steadyPaceOfAnOddLimit() {
    Key key = new Key(7);
    for (Instant at = NOON.plusMillis(123);
        at.isBefore(NOON.plus(Duration.ofMinutes(5)));
        at = at.plusMillis(8_572)) {
      assertTrue(key.request(at), "request at " + at);
    }
  }

  @Test
  @DisplayName(
      "a client that knocks ten times a second gets the limit's pace; only the 60 s after an allowance spent mid-minute hold half as much again")
  void hammering() {
    Key key = new Key(120);
    Instant start = NOON.plusSeconds(30);
    for (Instant at = start;
        at.isBefore(NOON.plus(Duration.ofMinutes(5)));
        at = at.plusMillis(100)) {
      key.request(at);
    }
    assertEquals(180, key.mostInAnyMinute(start), "120 in 12:00:30-42, then 60 at the pace");
    assertEquals(
        120, key.mostInAnyMinute(NOON.plusSeconds(60)), "the limit, from the next minute on");
    assertEquals(120 + 120 * 4, key.allowed.size(), "no request is held back beyond the pace");
  }

  @Test
  @DisplayName(
      "a refused request is told when the next one fits: 20 s while the previous minute weighs, until the minute's end when this one is full")
  void retryAfterValues() {
    Key key = new Key(3);
    key.burst(NOON.plusSeconds(59), 3);
    assertTrue(key.request(NOON.plusSeconds(60)));
    assertFalse(key.request(NOON.plusSeconds(60)));
    assertEquals(Duration.ofSeconds(20), key.lastWait);
    assertFalse(key.request(NOON.plusMillis(79_999)));
    assertEquals(Duration.ofSeconds(1), key.lastWait, "at least a second");

    assertTrue(key.request(NOON.plusSeconds(80)));
    assertTrue(key.request(NOON.plusSeconds(100)));
    assertFalse(key.request(NOON.plusSeconds(105)));
    assertEquals(Duration.ofSeconds(15), key.lastWait, "this minute is full: until its end");
    assertTrue(key.request(NOON.plusSeconds(120)));
  }

  @Test
  @DisplayName("every Retry-After told to a knocking client is the first moment a request fits")
  void retryAfterIsHonest() {
    Key key = new Key(7);
    for (Instant at = NOON.plusMillis(41_017);
        at.isBefore(NOON.plus(Duration.ofMinutes(4)));
        at = at.plusMillis(137)) {
      if (!key.request(at)) {
        Instant told = at.plus(key.lastWait);
        assertTrue(key.wouldAllow(told), "told at " + at + " to wait " + key.lastWait);
        if (key.lastWait.compareTo(Duration.ofSeconds(1)) > 0) {
          assertFalse(key.wouldAllow(told.minusMillis(1)), "no earlier than needed, at " + at);
        }
      }
    }
  }

  @Test
  @DisplayName("a request is counted in its calendar minute, beside the one before")
  void windows() {
    ApiRateLimit limit = new ApiRateLimit(3);
    Instant now = Instant.parse("2026-12-02T09:15:42.500Z");
    assertEquals(Instant.parse("2026-12-02T09:15:00Z"), limit.windowOf(now));
    assertEquals(Instant.parse("2026-12-02T09:14:00Z"), limit.previousWindowOf(now));
  }

  @Test
  @DisplayName("a limit below one request a minute is refused")
  void sane() {
    assertThrows(IllegalArgumentException.class, () -> new ApiRateLimit(0));
  }
}
