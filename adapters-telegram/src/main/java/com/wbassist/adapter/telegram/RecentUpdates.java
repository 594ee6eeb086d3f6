package com.wbassist.adapter.telegram;

import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The update ids this node took most recently: Telegram's retries of an update already taken are
 * acknowledged without being handled again. A fast path only — the stored updates (one row per
 * update id) and the service's own {@code ProcessedUpdates} are what hold across nodes and
 * restarts.
 */
final class RecentUpdates {
  private final int capacity;
  private final LinkedHashSet<Long> ids = new LinkedHashSet<>();

  RecentUpdates(int capacity) {
    this.capacity = capacity;
  }

  /** Records the id; false when it was already recorded. */
  synchronized boolean firstTime(long updateId) {
    if (!ids.add(updateId)) {
      return false;
    }
    if (ids.size() > capacity) {
      Iterator<Long> eldest = ids.iterator();
      eldest.next();
      eldest.remove();
    }
    return true;
  }

  /** Forgets an id that could not be stored after all, so Telegram's retry of it is taken. */
  synchronized void forget(long updateId) {
    ids.remove(updateId);
  }
}
