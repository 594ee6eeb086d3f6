package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SendPacerTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private final FakeTicker time = new FakeTicker();
  private final SendPacer pacer = new SendPacer(30, 1, time);

  @Test
  @DisplayName("messages to one chat go one second apart")
  void perChat() {
    assertNear(0, pacer.reserve(7L));
    assertNear(SECOND, pacer.reserve(7L));
    assertNear(2 * SECOND, pacer.reserve(7L));
  }

  @Test
  @DisplayName("messages to different chats go 1/30 s apart, so no second holds more than 30")
  void global() {
    List<Long> slots = new ArrayList<>();
    for (long chat = 1; chat <= 90; chat++) {
      slots.add(pacer.reserve(chat));
    }
    for (int i = 1; i < slots.size(); i++) {
      assertTrue(slots.get(i) - slots.get(i - 1) >= SECOND / 30, "gap before message " + i);
    }
    assertTrue(maxInAnySecond(slots) <= 30);
    assertNear(89 * SECOND / 30, slots.get(89));
  }

  @Test
  @DisplayName("a chat waiting for its turn does not hold the other chats back")
  void gapsAreFilled() {
    pacer.reserve(1L);
    long secondToChatOne = pacer.reserve(1L);
    long firstToChatTwo = pacer.reserve(2L);
    assertNear(SECOND, secondToChatOne);
    assertNear(SECOND / 30, firstToChatTwo);
  }

  @Test
  @DisplayName("calls that are not chat messages count against the global limit only")
  void globalOnly() {
    pacer.reserve(1L);
    assertNear(SECOND / 30, pacer.reserve(null));
    assertNear(2 * SECOND / 30, pacer.reserve(null));
  }

  @Test
  @DisplayName("after a 429 the chat is held for retry_after, the others go on")
  void holdChat() {
    pacer.reserve(1L);
    pacer.holdChat(1L, 5 * SECOND);
    assertNear(5 * SECOND, pacer.reserve(1L));
    assertNear(SECOND / 30, pacer.reserve(2L));
  }

  @Test
  @DisplayName("a waiting sender sleeps until its slot; a sender with a free slot does not sleep")
  void sleeps() throws InterruptedException {
    pacer.awaitChatTurn(1L);
    pacer.awaitChatTurn(1L);
    assertEquals(List.of(1000L), time.sleptMillis());
  }

  @Test
  @DisplayName(
      "over a long run (5,000 messages, 300 chats in a random order) both limits hold and the global rate is reached")
  void longRun() {
    java.util.Random random = new java.util.Random(42);
    List<Long> slots = new ArrayList<>();
    Map<Long, List<Long>> perChat = new TreeMap<>();
    for (int i = 0; i < 5_000; i++) {
      long chat = random.nextInt(300);
      long slot = pacer.reserve(chat);
      slots.add(slot);
      perChat.computeIfAbsent(chat, c -> new ArrayList<>()).add(slot);
      if (i % 7 == 0) {
        time.advanceMillis(20); // senders arrive over time, not all at once
      }
    }
    assertTrue(maxInAnySecond(slots) <= 30, "global");
    perChat
        .values()
        .forEach(
            list -> {
              for (int i = 1; i < list.size(); i++) {
                assertTrue(list.get(i) - list.get(i - 1) >= SECOND, "per chat");
              }
            });
    // The calendar is packed: only the last chats' own 1 s turns can trail behind the global rate.
    List<Long> sorted = slots.stream().sorted().toList();
    assertTrue(sorted.get(4_499) <= (4_500 / 30 + 1) * SECOND, "4,500 messages within 151 s");
  }

  @Test
  @DisplayName("senders that woke late leave one interval apart, not in a bunch")
  void lateWakersAreSpaced() throws InterruptedException {
    time.advanceMillis(100); // three senders whose slots passed while the CPU was busy
    pacer.depart(1L);
    pacer.depart(2L);
    pacer.depart(3L);
    assertEquals(List.of(33L, 33L), time.sleptMillis());
  }

  @Test
  @DisplayName("a chat's late message still leaves a full second after the chat's previous one")
  void lateChatMessageSpaced() throws InterruptedException {
    pacer.depart(1L);
    time.advanceMillis(400);
    pacer.depart(1L);
    assertEquals(List.of(600L), time.sleptMillis());
  }

  private static void assertNear(long expectedNanos, long actualNanos) {
    assertTrue(
        Math.abs(expectedNanos - actualNanos) < 1_000,
        "expected " + expectedNanos + " but was " + actualNanos);
  }

  private static int maxInAnySecond(List<Long> slots) {
    List<Long> sorted = slots.stream().sorted().toList();
    int max = 0;
    int from = 0;
    for (int to = 0; to < sorted.size(); to++) {
      while (sorted.get(to) - sorted.get(from) >= SECOND) {
        from++;
      }
      max = Math.max(max, to - from + 1);
    }
    return max;
  }
}
