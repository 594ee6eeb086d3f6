package com.wbassist.application.fakes;

import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.application.port.out.StoredUpdate;
import com.wbassist.application.port.out.UpdateInbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Stored chat updates in memory, under one monitor; {@link #failNextWrite} fails a store. Updates
 * given up go to its {@link #setAside()} rows.
 */
public final class InMemoryUpdateInbox extends FailureSwitch implements UpdateInbox {
  private static final class Row {
    final ChatUpdate update;
    Instant heldUntil;
    int attempts = 1;

    Row(ChatUpdate update, Instant heldUntil) {
      this.update = update;
      this.heldUntil = heldUntil;
    }
  }

  private final TreeMap<Long, Row> rows = new TreeMap<>();
  private final InMemorySetAsideRows setAside;

  public InMemoryUpdateInbox() {
    this(new InMemorySetAsideRows());
  }

  /**
   * @param setAside where given-up updates are set aside (in the database: the same table as WB
   *     rows)
   */
  public InMemoryUpdateInbox(InMemorySetAsideRows setAside) {
    this.setAside = setAside;
  }

  public InMemorySetAsideRows setAside() {
    return setAside;
  }

  @Override
  public synchronized boolean store(ChatUpdate update, Instant now, Duration hold) {
    maybeFail();
    if (rows.containsKey(update.updateId())) {
      return false;
    }
    rows.put(update.updateId(), new Row(update, now.plus(hold)));
    return true;
  }

  @Override
  public synchronized List<StoredUpdate> claim(Instant now, Duration lease, int max) {
    List<Row> free =
        rows.values().stream()
            .filter(row -> !row.heldUntil.isAfter(now))
            .filter(row -> !heldEarlier(row, now))
            .limit(max)
            .toList();
    List<StoredUpdate> claimed = new ArrayList<>();
    for (Row row : free) {
      row.heldUntil = now.plus(lease);
      row.attempts++;
      claimed.add(new StoredUpdate(row.update, row.attempts));
    }
    return claimed;
  }

  /** An earlier update of the same person is held by someone at {@code now}. */
  private boolean heldEarlier(Row row, Instant now) {
    return rows.headMap(row.update.updateId()).values().stream()
        .anyMatch(
            earlier ->
                earlier.update.telegramId() == row.update.telegramId()
                    && earlier.heldUntil.isAfter(now));
  }

  @Override
  public synchronized void handled(long updateId) {
    rows.remove(updateId);
  }

  @Override
  public synchronized void giveUp(long updateId, String reason, Instant now) {
    Row row = rows.get(updateId);
    if (row == null) {
      return;
    }
    setAside.record(
        List.of(SetAsideRow.chatUpdate(updateId, row.update.telegramId(), reason, now)));
    rows.remove(updateId);
  }

  /** The ids stored and not handled, in order. */
  public synchronized List<Long> pending() {
    return List.copyOf(rows.keySet());
  }
}
