package com.wbassist.application.port.out;

import com.wbassist.domain.task.TaskLease;

/**
 * A write of a running task was refused: its lease ran out and another server claimed the task (or
 * it was settled meanwhile). Nothing of that write is stored, and the server must stop working on
 * it.
 */
public class TaskLeaseLostException extends RuntimeException {
  public TaskLeaseLostException(TaskLease lease) {
    super("lease " + lease.epoch() + " of task " + lease.task() + " is lost");
  }
}
