package com.wbassist.sandbox.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One chat as the stand-in keeps it: its messages in the order written (the bot's and the
 * seller's), which are pinned, the next message id, and the last changes, numbered, so a page
 * following the chat can ask for what it has not seen.
 */
final class StandInChat {
  /** Changes kept for followers; one that fell further behind reads the whole chat again. */
  static final int CHANGES_KEPT = 500;

  private final Map<Long, StandInMessage> messages = new LinkedHashMap<>();
  private final Set<Long> pinned = new HashSet<>();
  private final Deque<ChatChange> changes = new ArrayDeque<>();
  private long lastMessageId = 1000;
  private long lastChange;

  /** The chat now, and the number of the last change it includes. */
  record Snapshot(List<StandInMessage> messages, Set<Long> pinned, long lastChange) {}

  /**
   * The changes after {@code seen}; {@code complete} is false when some are no longer kept, or when
   * {@code seen} is from before the server started (a follower must then read the chat again).
   */
  record ChangesAfter(List<ChatChange> changes, boolean complete, long lastChange) {}

  /**
   * Telegram numbers the bot's and the user's messages on one line, per chat, never reusing one.
   */
  synchronized long nextMessageId() {
    return ++lastMessageId;
  }

  synchronized void add(StandInMessage message) {
    messages.put(message.messageId(), message);
    changed(ChatChange.Kind.ADDED, message);
  }

  synchronized Optional<StandInMessage> find(long messageId) {
    return Optional.ofNullable(messages.get(messageId));
  }

  synchronized void replace(StandInMessage edited) {
    messages.put(edited.messageId(), edited);
    changed(ChatChange.Kind.EDITED, edited);
  }

  synchronized Optional<StandInMessage> delete(long messageId) {
    StandInMessage gone = messages.remove(messageId);
    if (gone != null) {
      if (pinned.remove(messageId)) {
        changed(ChatChange.Kind.UNPINNED, gone);
      }
      changed(ChatChange.Kind.DELETED, gone);
    }
    return Optional.ofNullable(gone);
  }

  /** Pins or unpins a message of the chat; false when there is no such message. */
  synchronized boolean pin(long messageId, boolean pin) {
    StandInMessage message = messages.get(messageId);
    if (message == null) {
      return false;
    }
    if (pin ? pinned.add(messageId) : pinned.remove(messageId)) {
      changed(pin ? ChatChange.Kind.PINNED : ChatChange.Kind.UNPINNED, message);
    }
    return true;
  }

  synchronized boolean isPinned(long messageId) {
    return pinned.contains(messageId);
  }

  /** Forgets every message (message ids keep counting: journals may still know the old ones). */
  synchronized void clear() {
    messages.clear();
    pinned.clear();
    changed(ChatChange.Kind.CLEARED, null);
  }

  synchronized List<StandInMessage> messages() {
    return List.copyOf(messages.values());
  }

  synchronized Snapshot snapshot() {
    return new Snapshot(List.copyOf(messages.values()), Set.copyOf(pinned), lastChange);
  }

  synchronized ChangesAfter changesAfter(long seen) {
    List<ChatChange> after = new ArrayList<>();
    for (ChatChange change : changes) {
      if (change.seq() > seen) {
        after.add(change);
      }
    }
    long oldestKept = changes.isEmpty() ? lastChange + 1 : changes.peekFirst().seq();
    boolean complete = seen <= lastChange && seen >= oldestKept - 1;
    return new ChangesAfter(List.copyOf(after), complete, lastChange);
  }

  private void changed(ChatChange.Kind kind, StandInMessage message) {
    changes.addLast(new ChatChange(++lastChange, kind, message));
    while (changes.size() > CHANGES_KEPT) {
      changes.removeFirst();
    }
  }
}
