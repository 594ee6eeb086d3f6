package com.wbassist.domain.task;

/** Where a background task is in its life. Only the last four are final. */
public enum TaskState {
  /** Waiting for a server to take it. */
  QUEUED,
  /** A server holds its lease and works on it. */
  RUNNING,
  SUCCEEDED,
  FAILED,
  /** Stopped as the seller asked. */
  CANCELLED,
  /**
   * The servers that ran it died (their leases ran out) more often than its kind allows: it is not
   * tried again, and never left "running".
   */
  INTERRUPTED;

  public boolean finished() {
    return this != QUEUED && this != RUNNING;
  }
}
