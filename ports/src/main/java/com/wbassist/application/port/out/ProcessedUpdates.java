package com.wbassist.application.port.out;

import java.time.Instant;

/** Telegram retries webhooks; each update id is handled once. */
public interface ProcessedUpdates {
  /** Records the id; false when it was already recorded. */
  boolean firstTime(long updateId, Instant now);
}
