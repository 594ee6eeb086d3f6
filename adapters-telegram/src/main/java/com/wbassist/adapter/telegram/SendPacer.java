package com.wbassist.adapter.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Telegram's flood limits, kept before Telegram has to enforce them: no two messages closer than
 * 1/global apart over all chats, none closer than 1/perChat apart in one chat. Time is cut into
 * slots of 1/global; every sender reserves the first free slot at or after its chat's own next turn
 * and sleeps until it. Because slots are reserved wherever they are free, a chat that must wait
 * does not hold back the others, and because they sit on one grid, the calendar does not fragment
 * into gaps too short to use. A sender that wakes late (a busy CPU) is spaced once more at the
 * moment it really leaves, so late wakers do not go out in a bunch.
 */
final class SendPacer {
  private static final long SECOND = 1_000_000_000L;
  private static final int PRUNE_EVERY = 1024;

  private final Ticker ticker;
  private final long globalInterval;
  private final long chatInterval;
  private final TreeSet<Long> taken = new TreeSet<>();
  private final Map<Long, Long> chatNext = new HashMap<>();
  private final Map<Long, Long> lastChatDeparture = new HashMap<>();
  private long lastDeparture;
  private boolean departedYet;
  private int reservations;

  SendPacer(double globalPerSecond, double perChatPerSecond, Ticker ticker) {
    this.ticker = ticker;
    this.globalInterval = Math.max(1, (long) Math.ceil(SECOND / globalPerSecond));
    this.chatInterval = Math.max(1, (long) Math.ceil(SECOND / perChatPerSecond));
  }

  /** Blocks until a message to the chat may go out; counts against both limits. */
  void awaitChatTurn(long chatId) throws InterruptedException {
    sleepUntil(reserve(chatId));
    depart(chatId);
  }

  /**
   * Blocks until a call that is not a message in a chat may go out; counts against the global limit
   * only.
   */
  void awaitGlobalTurn() throws InterruptedException {
    sleepUntil(reserve(null));
    depart(null);
  }

  /** Telegram answered 429 for this chat: nothing more goes to it before the wait is over. */
  synchronized void holdChat(long chatId, long waitNanos) {
    chatNext.merge(chatId, ticker.nanos() + waitNanos, Math::max);
  }

  /** The moment (in {@link Ticker#nanos()}) at which the caller may send; reserved for it. */
  synchronized long reserve(Long chatId) {
    long now = ticker.nanos();
    if (++reservations % PRUNE_EVERY == 0) {
      prune(now);
    }
    long earliest = now;
    if (chatId != null) {
      Long next = chatNext.get(chatId);
      if (next != null && next > earliest) {
        earliest = next;
      }
    }
    long slot = firstFreeSlot(earliest);
    if (chatId != null) {
      chatNext.put(chatId, slot + chatInterval);
    }
    return slot;
  }

  /**
   * Holds the caller until it is at least one interval after the last real departure (and, for a
   * chat, one chat interval after the chat's last), then records its own.
   */
  void depart(Long chatId) throws InterruptedException {
    while (true) {
      long wait;
      synchronized (this) {
        long now = ticker.nanos();
        wait = departedYet ? lastDeparture + globalInterval - now : 0;
        Long lastInChat = chatId == null ? null : lastChatDeparture.get(chatId);
        if (lastInChat != null) {
          wait = Math.max(wait, lastInChat + chatInterval - now);
        }
        if (wait <= 0) {
          departedYet = true;
          lastDeparture = now;
          if (chatId != null) {
            lastChatDeparture.put(chatId, now);
          }
          return;
        }
      }
      ticker.sleepNanos(wait);
    }
  }

  /** The first free slot at or after {@code earliest}, as a time. */
  private long firstFreeSlot(long earliest) {
    long index = Math.floorDiv(earliest + globalInterval - 1, globalInterval);
    while (taken.contains(index)) {
      index++;
    }
    taken.add(index);
    return index * globalInterval;
  }

  private void prune(long now) {
    taken.headSet(Math.floorDiv(now, globalInterval), false).clear();
    chatNext.values().removeIf(next -> next <= now);
    lastChatDeparture.values().removeIf(last -> last + chatInterval <= now);
  }

  private void sleepUntil(long slot) throws InterruptedException {
    long wait = slot - ticker.nanos();
    if (wait > 0) {
      ticker.sleepNanos(wait);
    }
  }
}
