package com.wbassist.app.wiring;

import com.wbassist.app.extension.BackgroundWorkGate;
import com.wbassist.application.port.in.RunBackgroundTasks;
import com.wbassist.domain.task.TaskLease;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * This server's places for background tasks: {@link #PLACES} reports at a time on the managed
 * executor (a report is one reader of PostgreSQL and one writer of a file; more at once would only
 * share the same disk and database), filled by the task timer. When the application stops, the
 * running reports see it between two pages and hand their tasks back to the queue, for this or
 * another server to make again — none is left "running".
 */
@ApplicationScoped
public class BackgroundTaskPlaces {
  static final int PLACES = 2;

  private static final Logger LOG = System.getLogger(BackgroundTaskPlaces.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject RunBackgroundTasks tasks;
  @Inject BackgroundWorkGate gate;

  private final Semaphore free = new Semaphore(PLACES);
  private final AtomicBoolean stopping = new AtomicBoolean();

  /** Claims as many tasks as there are free places and starts each. */
  public void fill() {
    if (stopping.get() || !gate.open()) {
      return;
    }
    int places = free.drainPermits();
    List<TaskLease> claimed;
    try {
      claimed = tasks.claim(places);
    } catch (RuntimeException failed) {
      free.release(places);
      throw failed;
    }
    free.release(places - claimed.size());
    for (TaskLease lease : claimed) {
      try {
        executor.execute(
            () -> {
              try {
                tasks.run(lease, stopping::get);
              } finally {
                free.release();
              }
            });
      } catch (RuntimeException refused) {
        free.release();
        // Its lease runs out in a minute and the next claim queues it again.
        LOG.log(Level.WARNING, "task " + lease.task() + " not started: " + refused.getMessage());
      }
    }
  }

  @PreDestroy
  void stop() {
    stopping.set(true);
  }
}
