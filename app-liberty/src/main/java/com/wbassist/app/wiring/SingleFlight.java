package com.wbassist.app.wiring;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a piece of background work at most once at a time on this server, and once more after a run
 * if it was asked for meanwhile. Every exit path clears the running flag — a refused hand-off to
 * the executor included — so one failure can never leave the work believed running, and never run
 * again (issue 11: that is how a rejected executor task used to stop dispatch for good).
 */
final class SingleFlight {
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final Runnable work;

  /**
   * @param work one run; it is repeated while asked for again. An exception ends the runs (the flag
   *     cleared) and is thrown to whoever started them.
   */
  SingleFlight(Runnable work) {
    this.work = work;
  }

  /** Asks for a run on {@code executor}; returns at once. */
  void soon(Executor executor) {
    again.set(true);
    if (running.compareAndSet(false, true)) {
      try {
        executor.execute(this::drain);
      } catch (RuntimeException refused) {
        running.set(false);
        throw refused;
      }
    }
  }

  /** Asks for a run on this thread (unless one is under way elsewhere, which will do it). */
  void now() {
    again.set(true);
    if (running.compareAndSet(false, true)) {
      drain();
    }
  }

  boolean isRunning() {
    return running.get();
  }

  /** Forgets a pending request (the work cannot run now; a later request starts it again). */
  void forget() {
    again.set(false);
  }

  private void drain() {
    try {
      while (again.getAndSet(false)) {
        work.run();
      }
    } finally {
      running.set(false);
    }
  }
}
