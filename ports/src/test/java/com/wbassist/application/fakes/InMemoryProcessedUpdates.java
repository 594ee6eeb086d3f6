package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ProcessedUpdates;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Processed Telegram update ids in memory. */
public final class InMemoryProcessedUpdates implements ProcessedUpdates {
  private final Set<Long> seen = new HashSet<>();

  @Override
  public synchronized boolean handledAlready(long updateId) {
    return seen.contains(updateId);
  }

  @Override
  public synchronized boolean firstTime(long updateId, Instant now) {
    return seen.add(updateId);
  }
}
