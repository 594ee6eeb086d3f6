package com.wbassist.domain.task;

/**
 * What a background task does, and what becomes of it when the server running it dies.
 *
 * <p>A report only reads stored rows and writes its file at the end, so a report cut short is
 * simply made again from the start by the next server: nothing half-done is visible. Three servers
 * dying under one report say the report itself kills them (a huge period on a small heap, say): it
 * is then marked {@link TaskState#INTERRUPTED} rather than taken down a fourth server.
 */
public enum TaskKind {
  /** Orders, buyouts and returns of a period as one file (XLSX or CSV). */
  REPORT(3),

  /**
   * A cabinet's primary sync, shown as a task: never a stored row, never claimed — a view of the
   * sync engine's own run ({@link PrimarySyncTask}, decision 0630).
   */
  PRIMARY_SYNC(1),

  /**
   * Orders and sales WB changed in a period, read again from WB and stored idempotently. It only
   * upserts rows under the cabinet's sync lease, a page at a time, so a re-sync cut short is simply
   * started again (decision 0630).
   */
  RESYNC(3);

  private final int attemptsAllowed;

  TaskKind(int attemptsAllowed) {
    this.attemptsAllowed = attemptsAllowed;
  }

  /**
   * How many times the task may be started in all (its first start included) before a dead server's
   * lease makes it {@link TaskState#INTERRUPTED} instead of queued again.
   */
  public int attemptsAllowed() {
    return attemptsAllowed;
  }
}
