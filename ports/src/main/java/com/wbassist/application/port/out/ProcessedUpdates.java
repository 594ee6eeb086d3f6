package com.wbassist.application.port.out;

import java.time.Instant;

/**
 * Telegram update ids already handled. Asked before an update is handled and told once it was: an
 * update whose handling never finished (a crash, a database that went away) is handled again when
 * the durable inbox hands it out again, and one that finished is not.
 */
public interface ProcessedUpdates {
  /** Whether the update was handled already. */
  boolean handledAlready(long updateId);

  /** Records the update as handled; false when it was recorded already. */
  boolean firstTime(long updateId, Instant now);
}
