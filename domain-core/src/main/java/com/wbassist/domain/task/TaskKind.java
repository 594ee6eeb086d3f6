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
  REPORT(3);

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
