package com.wbassist.app.api;

import com.wbassist.application.port.in.SellerTasks;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.TaskId;
import jakarta.ws.rs.core.MediaType;
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
 * One client following one task over SSE. It holds no thread: every half second a scheduled look at
 * the stored task sends an event when its sequence moved past what the client has seen (so a client
 * reconnecting with {@code Last-Event-ID} resumes where it was), a comment every 15 s keeps proxies
 * from closing the line, and the stream closes after the final state or after an hour. The task is
 * read from the database, so the server answering need not be the one running it.
 */
final class TaskFollower implements Runnable {
  static final Duration LOOK_EVERY = Duration.ofMillis(500);
  static final Duration HEARTBEAT = Duration.ofSeconds(15);
  static final Duration LONGEST = Duration.ofHours(1);

  private static final Logger LOG = System.getLogger(TaskFollower.class.getName());

  private final SellerTasks tasks;
  private final ApiCaller caller;
  private final TaskId id;
  private final SseEventSink sink;
  private final Sse sse;
  private final long startedAt = System.nanoTime();
  private long seen;
  private long lastSentAt = System.nanoTime();
  private volatile ScheduledFuture<?> looking;

  TaskFollower(
      SellerTasks tasks, ApiCaller caller, TaskId id, SseEventSink sink, Sse sse, long seen) {
    this.tasks = tasks;
    this.caller = caller;
    this.id = id;
    this.sink = sink;
    this.sse = sse;
    this.seen = seen;
  }

  void start(ScheduledExecutorService scheduler) {
    looking =
        scheduler.scheduleWithFixedDelay(this, 0, LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void run() {
    try {
      if (sink.isClosed()) {
        stop();
        return;
      }
      Optional<BackgroundTask> now = tasks.task(caller, id);
      if (now.isEmpty()) {
        stop(); // pruned or erased with its shop
        return;
      }
      BackgroundTask task = now.get();
      if (task.progress().sequence() > seen) {
        seen = task.progress().sequence();
        send(task);
      } else if (System.nanoTime() - lastSentAt > HEARTBEAT.toNanos()) {
        sink.send(sse.newEventBuilder().comment("still here").build());
        lastSentAt = System.nanoTime();
      }
      if (task.state().finished() || System.nanoTime() - startedAt > LONGEST.toNanos()) {
        stop();
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.INFO, () -> "following task " + id + " ended: " + failed);
      stop();
    }
  }

  private void send(BackgroundTask task) {
    sink.send(
        sse.newEventBuilder()
            .id(Long.toString(task.progress().sequence()))
            .name("task")
            .reconnectDelay(2_000)
            .mediaType(MediaType.APPLICATION_JSON_TYPE)
            .data(TaskJson.class, TaskJson.of(task))
            .build());
    lastSentAt = System.nanoTime();
  }

  private void stop() {
    ScheduledFuture<?> future = looking;
    if (future != null) {
      future.cancel(false);
    }
    try {
      sink.close();
    } catch (RuntimeException alreadyGone) {
      // the client left first
    }
  }
}
