package com.wbassist.application.service;

import com.wbassist.application.port.in.SyncDueCabinets;
import com.wbassist.application.port.in.SyncReport;
import com.wbassist.domain.sync.SyncLease;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Keeps the schedule: cabinets are synced when due, as many at once as {@code concurrency} allows
 * (a bound sized by the WB requests in flight, not by cores: a pass mostly waits for WB), claimed
 * oldest-due first, and more are claimed the moment a pass ends — not a fixed batch per tick. A
 * long pass (a primary sync of 90 days) holds one place, never the others. The timer calls {@link
 * #fill()} to start what became due meanwhile.
 *
 * <p>Each claimed cabinet comes with its lease, which the pass carries into every write (and which
 * each write renews); a pass that finds it taken over stops and reports it lost.
 *
 * <p>Each pass runs on the executor. It first asks {@code mayStart} on its own thread (and calls
 * {@code finished} there afterwards): the sandbox's scenario replay closes that gate for a while.
 */
public final class SyncEngine {
  private static final Logger LOG = System.getLogger(SyncEngine.class.getName());

  private final SyncDueCabinets sync;
  private final Executor executor;
  private final int concurrency;
  private final Semaphore room;
  private final Consumer<SyncReport> reports;
  private final BooleanSupplier mayStart;
  private final Runnable finished;
  private final AtomicBoolean claiming = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();

  /** A pass found background work held off: claim no more until the next fill is asked for. */
  private volatile boolean heldOff;

  public SyncEngine(
      SyncDueCabinets sync,
      Executor executor,
      int concurrency,
      Consumer<SyncReport> reports,
      BooleanSupplier mayStart,
      Runnable finished) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be positive, was " + concurrency);
    }
    this.sync = sync;
    this.executor = executor;
    this.concurrency = concurrency;
    this.room = new Semaphore(concurrency);
    this.reports = reports;
    this.mayStart = mayStart;
    this.finished = finished;
  }

  /** Passes running now. */
  public int running() {
    return concurrency - room.availablePermits();
  }

  /**
   * Claims as many due cabinets as there is room for and starts a pass for each; answers how many
   * it started. One claimer at a time on this server; a call while another claims is not lost.
   */
  public int fill() {
    heldOff = false;
    wanted.set(true);
    int started = 0;
    while (wanted.get() && claiming.compareAndSet(false, true)) {
      try {
        wanted.set(false);
        started += claimWhileRoom();
      } finally {
        claiming.set(false);
      }
    }
    return started;
  }

  private int claimWhileRoom() {
    int started = 0;
    int free;
    while (!heldOff && (free = room.availablePermits()) > 0) {
      List<SyncLease> due = sync.claimDue(free);
      for (SyncLease lease : due) {
        room.acquireUninterruptibly();
        start(lease);
        started++;
      }
      if (due.size() < free) {
        break;
      }
    }
    return started;
  }

  private void start(SyncLease lease) {
    try {
      executor.execute(() -> pass(lease));
    } catch (RuntimeException refused) {
      // No thread for it now: give the cabinet back at once instead of leaving it leased.
      room.release();
      sync.release(lease);
      LOG.log(
          Level.WARNING, "sync of " + lease.cabinet() + " not started: " + refused.getMessage());
    }
  }

  private void pass(SyncLease lease) {
    boolean started = false;
    try {
      started = mayStart.getAsBoolean();
      if (!started) {
        heldOff = true;
        // Background work is held off (the sandbox's replay): give it back, claim nothing more;
        // the next timer tick tries again.
        sync.release(lease);
        return;
      }
      try {
        sync.syncClaimed(lease).ifPresent(reports);
      } finally {
        finished.run();
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.ERROR, "sync of " + lease.cabinet() + " failed; it is due again", failed);
    } finally {
      room.release();
    }
    if (started) {
      fill();
    }
  }
}
