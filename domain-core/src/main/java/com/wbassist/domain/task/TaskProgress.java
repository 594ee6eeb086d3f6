package com.wbassist.domain.task;

import java.util.Objects;

/**
 * How far a task has come, as a client following it is shown it.
 *
 * @param percent 0..100
 * @param rows rows handled so far
 * @param stage what it is doing, a word a client may show ({@code queued}, {@code orders}, {@code
 *     sales}, {@code storing}, {@code done})
 * @param sequence raised by every change of the task (progress or state): the id of the live event
 *     that shows it, so a client that reconnects with the last id it saw is sent only what is newer
 */
public record TaskProgress(int percent, long rows, String stage, long sequence) {
  public TaskProgress {
    Objects.requireNonNull(stage, "stage");
    percent = Math.max(0, Math.min(100, percent));
  }

  public static TaskProgress queued() {
    return new TaskProgress(0, 0, "queued", 1);
  }
}
