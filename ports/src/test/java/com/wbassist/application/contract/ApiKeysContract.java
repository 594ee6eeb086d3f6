package com.wbassist.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.port.out.ApiKeys;
import com.wbassist.domain.apikey.RequestCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How every {@link ApiKeys} counts a key's requests per minute — the in-memory fake and the
 * database adapter alike. Extend it and return a fresh, empty port from {@link #emptyKeys()}.
 */
public abstract class ApiKeysContract {
  protected static final Instant MINUTE = Instant.parse("2026-12-02T12:01:00Z");
  protected static final Instant BEFORE = MINUTE.minus(Duration.ofMinutes(1));
  protected static final String KEY = "AbCdEfGh";
  private static final String OTHER_KEY = "ZyXwVuTs";
  private static final int RACERS = 8;

  protected ApiKeys keys;

  /** A fresh port on an empty storage. */
  protected abstract ApiKeys emptyKeys();

  @BeforeEach
  void openKeys() {
    keys = emptyKeys();
  }

  protected RequestCounts count(String key, Instant window) {
    return keys.countRequest(key, window, window.minus(Duration.ofMinutes(1)));
  }

  @Test
  @DisplayName("a request is counted in its minute and comes back with the minute before's count")
  void countsBothMinutes() {
    assertEquals(new RequestCounts(0, 1), count(KEY, BEFORE));
    assertEquals(new RequestCounts(0, 2), count(KEY, BEFORE));
    assertEquals(new RequestCounts(2, 1), count(KEY, MINUTE));
    assertEquals(new RequestCounts(2, 2), count(KEY, MINUTE));
    assertEquals(
        new RequestCounts(2, 1),
        count(KEY, MINUTE.plus(Duration.ofMinutes(1))),
        "the previous minute is the one asked for");
    assertEquals(
        new RequestCounts(0, 1),
        count(KEY, MINUTE.plus(Duration.ofMinutes(3))),
        "a quiet minute in between counts nothing");
  }

  @Test
  @DisplayName("each key has its own count")
  void perKey() {
    count(KEY, BEFORE);
    count(KEY, MINUTE);
    assertEquals(new RequestCounts(0, 1), count(OTHER_KEY, MINUTE));
    assertEquals(new RequestCounts(1, 2), count(KEY, MINUTE));
  }

  @Test
  @DisplayName("a request taken back no longer counts, in its own minute only")
  void takeBack() {
    count(KEY, BEFORE);
    count(KEY, MINUTE);
    count(KEY, MINUTE);
    keys.takeBackRequest(KEY, MINUTE);
    assertEquals(new RequestCounts(1, 2), count(KEY, MINUTE));
    keys.takeBackRequest(KEY, MINUTE);
    keys.takeBackRequest(KEY, MINUTE);
    keys.takeBackRequest(KEY, MINUTE);
    assertEquals(new RequestCounts(1, 1), count(KEY, MINUTE), "never below nothing");
    keys.takeBackRequest(OTHER_KEY, MINUTE);
    assertEquals(new RequestCounts(0, 1), count(OTHER_KEY, MINUTE), "nothing to take back");
  }

  @Test
  @DisplayName("requests of one key at once are each counted once: they get the counts 1 to n")
  void concurrentRequests() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<RequestCounts>> racers = new ArrayList<>();
      for (int i = 0; i < RACERS * 5; i++) {
        Callable<RequestCounts> racer =
            () -> {
              start.await();
              return count(KEY, MINUTE);
            };
        racers.add(pool.submit(racer));
      }
      start.countDown();
      List<Long> got = new ArrayList<>();
      for (Future<RequestCounts> racer : racers) {
        got.add(racer.get().thisMinute());
      }
      Collections.sort(got);
      assertEquals(LongStream.rangeClosed(1, RACERS * 5L).boxed().toList(), got);
    } finally {
      pool.shutdown();
    }
  }
}
