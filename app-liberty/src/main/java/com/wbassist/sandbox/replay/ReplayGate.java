package com.wbassist.sandbox.replay;

import com.wbassist.app.extension.BackgroundWorkGate;
import com.wbassist.sandbox.SandboxWiring;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * While a scenario replay drives sync and dispatch itself, the timers and the background sync
 * requests stand aside — and a replay starts only once the background work already running has
 * finished, so nothing of it lands in the replay's fresh cabinet. Background work holds the shared
 * side of a lock, a replay the exclusive side. It replaces the application's always-open gate.
 */
@Alternative
@Priority(SandboxWiring.PRIORITY)
@ApplicationScoped
public class ReplayGate implements BackgroundWorkGate {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /**
   * Background work asks to run; false while a replay runs. Pair a true answer with {@link
   * #leave()} on the same thread.
   */
  @Override
  public boolean enter() {
    return lock.readLock().tryLock();
  }

  @Override
  public void leave() {
    lock.readLock().unlock();
  }

  /** Whether background work may start now (no replay running). */
  @Override
  public boolean open() {
    return !lock.isWriteLocked();
  }

  /**
   * A replay takes the gate, waiting for running background work to finish; false when it could not
   * within a minute.
   */
  public boolean close() {
    try {
      return lock.writeLock().tryLock(60, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public void reopen() {
    lock.writeLock().unlock();
  }
}
