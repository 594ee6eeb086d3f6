package com.wbassist.app.admin;

import com.wbassist.application.port.in.OperationsOverview;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncProgress;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One console following one cabinet's passes over SSE. It holds no thread: every half second a
 * scheduled look at the stored progress sends a {@code progress} event when it changed (a pass
 * starting, moving, or ending), a comment every 15 s keeps proxies from closing the line, and the
 * stream closes after ten minutes — the browser's EventSource reconnects by itself. Progress is
 * read from the database, so the server answering need not be the one syncing.
 */
final class ProgressFollower implements Runnable {
  static final Duration LOOK_EVERY = Duration.ofMillis(500);
  static final Duration HEARTBEAT = Duration.ofSeconds(15);
  static final Duration LONGEST = Duration.ofMinutes(10);

  private static final Logger LOG = System.getLogger(ProgressFollower.class.getName());

  private final OperationsOverview operations;
  private final ProgressFollowers followers;
  private final CabinetId cabinet;
  private final SseEventSink sink;
  private final Sse sse;
  private final long startedAt = System.nanoTime();
  private long lastSentAt = System.nanoTime();
  private String lastSent;
  private volatile ScheduledFuture<?> looking;

  ProgressFollower(
      OperationsOverview operations,
      ProgressFollowers followers,
      CabinetId cabinet,
      SseEventSink sink,
      Sse sse) {
    this.operations = operations;
    this.followers = followers;
    this.cabinet = cabinet;
    this.sink = sink;
    this.sse = sse;
  }

  void start(ScheduledExecutorService scheduler) {
    followers.add(this);
    looking =
        scheduler.scheduleWithFixedDelay(this, 0, LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** What the console shows of a pass: running or not, and how far. */
  static JsonObject json(Optional<SyncProgress> progress) {
    return progress
        .map(
            p ->
                Json.createObjectBuilder()
                    .add("running", true)
                    .add("percent", p.percent())
                    .add("stream", p.current() == null ? "" : p.current().name())
                    .add("rows", p.rowsSoFar())
                    .build())
        .orElseGet(() -> Json.createObjectBuilder().add("running", false).build());
  }

  @Override
  public synchronized void run() {
    try {
      if (sink.isClosed()) {
        stop();
        return;
      }
      String now = json(operations.progress(cabinet)).toString();
      if (!now.equals(lastSent)) {
        sink.send(sse.newEventBuilder().name("progress").reconnectDelay(2_000).data(now).build());
        lastSent = now;
        lastSentAt = System.nanoTime();
      } else if (System.nanoTime() - lastSentAt > HEARTBEAT.toNanos()) {
        sink.send(sse.newEventBuilder().comment("still here").build());
        lastSentAt = System.nanoTime();
      }
      if (System.nanoTime() - startedAt > LONGEST.toNanos()) {
        stop();
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.INFO, () -> "following the passes of " + cabinet + " ended: " + failed);
      stop();
    }
  }

  void stop() {
    followers.remove(this);
    ScheduledFuture<?> future = looking;
    if (future != null) {
      future.cancel(false);
    }
    try {
      sink.close();
    } catch (RuntimeException alreadyGone) {
      // the console left first
    }
  }
}
