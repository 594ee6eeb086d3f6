package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SellerQueuesTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final SellerQueues queues = new SellerQueues(pool);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  @DisplayName("one person's updates run one at a time, in the order they came")
  void inOrder() throws InterruptedException {
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(200);
    for (int i = 0; i < 200; i++) {
      int n = i;
      queues.submit(
          1L,
          () -> {
            seen.add(n);
            done.countDown();
          });
    }
    assertTrue(done.await(10, TimeUnit.SECONDS));
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      expected.add(i);
    }
    assertEquals(expected, seen);
  }

  @Test
  @DisplayName("a slow update of one person does not hold another person's back")
  void othersGoOn() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch otherDone = new CountDownLatch(1);
    queues.submit(
        1L,
        () -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    queues.submit(2L, otherDone::countDown);
    assertTrue(otherDone.await(5, TimeUnit.SECONDS));
    release.countDown();
  }

  @Test
  @DisplayName("an update that fails does not strand the person's later ones")
  void failureDoesNotStrand() throws InterruptedException {
    CountDownLatch after = new CountDownLatch(1);
    queues.submit(
        1L,
        () -> {
          throw new IllegalStateException("boom");
        });
    queues.submit(1L, after::countDown);
    assertTrue(after.await(5, TimeUnit.SECONDS));
  }
}
