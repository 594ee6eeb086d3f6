package com.wbassist.application.port.out;

import com.wbassist.domain.housekeeping.Retention;
import java.time.Instant;

/**
 * Deletes what has served its purpose, a bounded batch at a time so that no table is locked for
 * long, and safely beside every other writer and another server doing the same: a row is deleted
 * once, whoever gets it.
 *
 * <p>What goes, by {@code retention} at {@code now}: update ids handled before {@link
 * Retention#handledUpdatesBefore}; sync runs started before {@link Retention#syncRunsBefore} with
 * their per-stream rows, never a cabinet's newest run; deliveries sent or given up before {@link
 * Retention#notificationsBefore}, and events detected before it, expanded or set aside, with no
 * delivery left; orders, sales and reviews dated before {@link Retention#marketRowsBefore} — orders
 * and sales only once their stream's stored cursor is past them (rows at or beyond the cursor are
 * fetched again, and must still be known); token attempts up to {@link
 * Retention#tokenAttemptsUpTo}.
 */
public interface Housekeeping {
  /**
   * Prunes at most {@code batch} rows of each batched {@link Prunable} kind, oldest not guaranteed
   * first; a kind that reports a full batch may have more.
   */
  PruneReport prune(Instant now, Retention retention, int batch);
}
