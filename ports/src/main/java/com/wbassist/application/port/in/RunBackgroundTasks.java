package com.wbassist.application.port.in;

import com.wbassist.domain.task.TaskLease;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * How a server runs background tasks: it claims as many as it has free places, then runs each
 * claimed one (on a thread of its own) to its end.
 */
public interface RunBackgroundTasks {
  /**
   * Claims up to {@code places} tasks for this server (none when 0); first, whatever the places,
   * settles the tasks whose servers died.
   */
  List<TaskLease> claim(int places);

  /**
   * Runs a claimed task to a final state — or hands it back when {@code stopping} turns true (the
   * server stops), or stops writing once its lease is lost. Never throws.
   */
  void run(TaskLease lease, BooleanSupplier stopping);
}
