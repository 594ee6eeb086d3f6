package com.wbassist.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.in.BotBlocked;
import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.TextReceived;
import com.wbassist.application.port.out.SetAsideEntry;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.SetAsideRows;
import com.wbassist.application.port.out.StoredUpdate;
import com.wbassist.application.port.out.UpdateInbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link UpdateInbox} must do — the in-memory fake and the database
 * adapter alike. Extend it and return a fresh, empty inbox from {@link #emptyInbox()}.
 */
public abstract class UpdateInboxContract {
  protected static final Instant NOW = Instant.parse("2026-11-18T07:00:00Z");
  protected static final Duration HOLD = Duration.ofMinutes(1);
  protected static final Duration LEASE = Duration.ofMinutes(5);
  protected static final long ANNA = 5_000_000_001L;
  private static final long BORIS = 5_000_000_002L;
  private static final int SERVERS = 6;

  protected UpdateInbox inbox;

  /** A fresh inbox on an empty storage. */
  protected abstract UpdateInbox emptyInbox();

  /** Where the inbox of {@link #emptyInbox()} sets aside what it gives up. */
  protected abstract SetAsideRows setAside();

  @BeforeEach
  void openInbox() {
    inbox = emptyInbox();
  }

  protected static TextReceived text(long updateId, long person, String text) {
    return new TextReceived(updateId, person, person, 100 + updateId, text, "Анна Петрова");
  }

  private List<Long> claimIds(Instant at, int max) {
    return inbox.claim(at, LEASE, max).stream().map(s -> s.update().updateId()).toList();
  }

  @Test
  @DisplayName("a stored update is held by the server that stored it: claimed only after the hold")
  void heldByItsReceiver() {
    assertTrue(inbox.store(text(1, ANNA, "/start"), NOW, HOLD));
    assertEquals(List.of(), claimIds(NOW.plus(HOLD).minusSeconds(1), 10));
    assertEquals(List.of(1L), claimIds(NOW.plus(HOLD), 10));
  }

  @Test
  @DisplayName(
      "an update given up is erased and set aside with its id, its person and why — never what it said")
  void givenUpIsSetAside() {
    String token = "eyJhbGciOiJFUzI1NiJ9.eyJzaWQiOiJzZWNyZXQifQ.c2lnbmF0dXJl";
    inbox.store(text(1, ANNA, token), NOW, HOLD);
    inbox.store(text(2, ANNA, "/start"), NOW, HOLD);
    String reason = "TextReceived not handled after 4 attempts; given up";

    inbox.giveUp(1, reason, NOW.plusSeconds(5));
    inbox.giveUp(99, "never stored", NOW.plusSeconds(5));

    assertEquals(List.of(2L), claimIds(NOW.plus(HOLD), 10), "erased: the person's next one goes");
    List<SetAsideEntry> aside = setAside().newest(10);
    assertEquals(
        List.of(SetAsideRow.chatUpdate(1, ANNA, reason, NOW.plusSeconds(5))),
        aside.stream().map(SetAsideEntry::row).toList(),
        "only the update that was stored");
    assertFalse(aside.toString().contains("eyJ"), "nothing of the text");
    assertFalse(aside.toString().contains("Анна"), "nothing of the person's name");
  }

  @Test
  @DisplayName("the same update stored again is stored once: false, and its hold is not renewed")
  void storedOnce() {
    assertTrue(inbox.store(text(1, ANNA, "/start"), NOW, HOLD));
    assertFalse(inbox.store(text(1, ANNA, "/start"), NOW.plusSeconds(30), HOLD));
    List<StoredUpdate> claimed = inbox.claim(NOW.plus(HOLD), LEASE, 10);
    assertEquals(1, claimed.size());
    assertEquals(2, claimed.get(0).attempts(), "stored once, claimed once");
  }

  @Test
  @DisplayName(
      "every kind of update comes back exactly as it was stored, a pasted token's text included")
  void roundTrip() {
    List<ChatUpdate> updates =
        List.of(
            text(1, ANNA, "eyJhbGciOiJFUzI1NiJ9.eyJzaWQiOiJ4In0.c2lnbmF0dXJl"),
            new ButtonPressed(2, BORIS, BORIS, 77, "cb-2", "set:NEW_ORDER"),
            new BotBlocked(3, ANNA, true),
            new BotBlocked(4, BORIS, false),
            new TextReceived(5, BORIS, -5, 8, "«кавычки» \"и\" \\ \n перенос", ""));
    updates.forEach(update -> inbox.store(update, NOW, HOLD));
    List<ChatUpdate> back =
        inbox.claim(NOW.plus(HOLD), LEASE, 10).stream().map(StoredUpdate::update).toList();
    assertEquals(updates, back);
  }

  @Test
  @DisplayName(
      "a claimed update is held for the lease: nobody claims it again until the lease runs out")
  void leased() {
    inbox.store(text(1, ANNA, "/start"), NOW, HOLD);
    Instant first = NOW.plus(HOLD);
    assertEquals(List.of(1L), claimIds(first, 10));
    assertEquals(List.of(), claimIds(first, 10));
    assertEquals(List.of(), claimIds(first.plus(LEASE).minusSeconds(1), 10));
    List<StoredUpdate> again = inbox.claim(first.plus(LEASE), LEASE, 10);
    assertEquals(1, again.size());
    assertEquals(3, again.get(0).attempts(), "stored, claimed, claimed again");
  }

  @Test
  @DisplayName("a handled update is erased: never claimed again, and erasing it twice is harmless")
  void handledIsErased() {
    inbox.store(text(1, ANNA, "/start"), NOW, HOLD);
    inbox.store(text(2, ANNA, "/menu"), NOW, HOLD);
    inbox.handled(1);
    inbox.handled(1);
    inbox.handled(99);
    assertEquals(List.of(2L), claimIds(NOW.plus(HOLD), 10));
  }

  @Test
  @DisplayName("oldest first, at most the number asked for, the rest left for the next claim")
  void oldestFirst() {
    inbox.store(text(12, BORIS, "b"), NOW, HOLD);
    inbox.store(text(10, ANNA, "a"), NOW, HOLD);
    inbox.store(text(11, ANNA, "c"), NOW, HOLD);
    assertEquals(List.of(10L, 11L), claimIds(NOW.plus(HOLD), 2));
    assertEquals(List.of(12L), claimIds(NOW.plus(HOLD), 2));
  }

  @Test
  @DisplayName(
      "none of a person's updates is claimed while their earlier one is still held by someone else")
  void personInOrder() {
    inbox.store(text(1, ANNA, "/start"), NOW, HOLD);
    inbox.store(text(2, ANNA, "token"), NOW.minus(HOLD), HOLD);
    inbox.store(text(3, BORIS, "/start"), NOW.minus(HOLD), HOLD);
    assertEquals(List.of(3L), claimIds(NOW, 10), "Anna's /start is still held by its receiver");
    assertEquals(List.of(1L, 2L), claimIds(NOW.plus(HOLD), 10));
  }

  @Test
  @DisplayName("the same update stored by several servers at once is stored exactly once")
  void storeRace() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(SERVERS);
    try {
      for (long id = 1; id <= 20; id++) {
        long updateId = id;
        List<Boolean> results =
            race(pool, () -> inbox.store(text(updateId, ANNA, "/menu"), NOW, HOLD));
        assertEquals(1, results.stream().filter(stored -> stored).count(), "update " + id);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  @DisplayName(
      "servers claiming at the same moment never get the same update, nor two of one person's")
  void claimRace() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(SERVERS);
    try {
      for (int round = 0; round < 10; round++) {
        inbox = emptyInbox();
        claimRaceOnce(pool);
      }
    } finally {
      pool.shutdown();
    }
  }

  /** 60 updates of 12 people, claimed by every server at once, 3 at a time, until none is left. */
  private void claimRaceOnce(ExecutorService pool) throws Exception {
    Map<Long, Long> personOf = new HashMap<>();
    for (long id = 1; id <= 60; id++) {
      long person = 7_000 + id % 12;
      personOf.put(id, person);
      inbox.store(text(id, person, "/menu"), NOW, HOLD);
    }
    List<List<Long>> byServer =
        race(
            pool,
            () -> {
              List<Long> mine = new ArrayList<>();
              List<Long> claimed;
              do {
                claimed = claimIds(NOW.plus(HOLD), 3);
                mine.addAll(claimed);
              } while (!claimed.isEmpty());
              return mine;
            });
    Map<Long, Integer> serverOf = new HashMap<>();
    Map<Long, Integer> personsServer = new HashMap<>();
    for (int server = 0; server < byServer.size(); server++) {
      for (long id : byServer.get(server)) {
        assertEquals(null, serverOf.put(id, server), "update " + id + " claimed twice");
        Integer earlier = personsServer.putIfAbsent(personOf.get(id), server);
        assertTrue(
            earlier == null || earlier == server,
            "person " + personOf.get(id) + "'s updates went to two servers");
      }
    }
    assertFalse(serverOf.isEmpty());
    for (long person : personsServer.keySet()) {
      List<Long> theirs =
          personOf.keySet().stream().filter(id -> personOf.get(id) == person).sorted().toList();
      List<Long> claimed = theirs.stream().filter(serverOf::containsKey).toList();
      assertEquals(theirs.subList(0, claimed.size()), claimed, "person " + person + " in order");
    }
  }

  /** {@value #SERVERS} calls started together; their results. */
  private static <T> List<T> race(ExecutorService pool, Callable<T> call) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> racers = new ArrayList<>();
    for (int i = 0; i < SERVERS; i++) {
      racers.add(
          pool.submit(
              () -> {
                start.await();
                return call.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> racer : racers) {
      results.add(racer.get());
    }
    return results;
  }
}
