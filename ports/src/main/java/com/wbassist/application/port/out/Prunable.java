package com.wbassist.application.port.out;

/**
 * What housekeeping prunes once it has served its purpose, named like the tables that hold it
 * (operations read these names on {@code /metrics}).
 */
public enum Prunable {
  /** Telegram update ids handled more than a day ago. */
  PROCESSED_UPDATES,
  /** Old sync runs, never the newest of a cabinet. */
  SYNC_RUNS,
  /** The per-stream rows of the runs pruned: they go with their run, so no batch bounds them. */
  SYNC_RUN_STREAMS,
  /** Deliveries sent or given up long ago. */
  NOTIFICATION_DELIVERIES,
  /** Events handled (expanded or set aside) long ago, with no delivery left. */
  OUTBOX_EVENTS,
  ORDERS,
  SALES,
  FEEDBACKS,
  /** Token attempts that left the attempt limit's window, of people who never came back. */
  TOKEN_ATTEMPTS,
  /** Rows set aside as unreadable and not seen again for as long as notifications are kept. */
  SET_ASIDE_ROWS,
  /** Daily summaries planned long ago, never a seller's newest one sent (it is unpinned next). */
  DAILY_SUMMARIES,
  /** Team invites (digests) expired for as long as notifications are kept, used or not. */
  TEAM_INVITES,
  /** Sellers' API request counts of minutes long past. */
  API_KEY_REQUESTS,
  /** Report files past their download time (a day), with their pieces. */
  REPORT_FILES,
  /** Background tasks finished a week ago. */
  BACKGROUND_TASKS,
  /** Webhook deliveries accepted or given up as long ago as notifications are kept. */
  WEBHOOK_DELIVERIES;

  /** Whether one prune takes at most a batch of these (the per-stream rows follow their runs). */
  public boolean batched() {
    return this != SYNC_RUN_STREAMS;
  }
}
