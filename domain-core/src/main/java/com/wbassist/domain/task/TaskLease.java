package com.wbassist.domain.task;

import java.time.Instant;
import java.util.Objects;

/**
 * The right to run one task, as one claim granted it: every claim raises the task's epoch, so a
 * server whose lease ran out and whose task another server took over can write nothing more (the
 * same fencing as a cabinet's sync lease, decision 0611).
 */
public record TaskLease(TaskId task, long epoch, Instant until) {
  public TaskLease {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(until, "until");
    if (epoch < 1) {
      throw new IllegalArgumentException("a lease epoch is positive, was " + epoch);
    }
  }

  public TaskLease renewedUntil(Instant later) {
    return new TaskLease(task, epoch, later);
  }
}
