package com.wbassist.app.api;

import com.wbassist.app.web.sse.SseFollower;
import com.wbassist.application.port.in.SellerTasks;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.TaskId;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.Optional;

/**
 * One client following one task: every half second a look at the stored task sends an event when
 * its sequence moved past what the client has seen (so a client reconnecting with {@code
 * Last-Event-ID} resumes where it was); the stream ends after the task's final state, or after an
 * hour. The line itself — heartbeats, a client that left, the application stopping — is {@link
 * SseFollower}'s.
 */
final class TaskFollower extends SseFollower {
  static final Duration LOOK_EVERY = Duration.ofMillis(500);
  static final Duration LONGEST = Duration.ofHours(1);

  private final SellerTasks tasks;
  private final ApiCaller caller;
  private final TaskId id;
  private long seen;

  TaskFollower(
      SellerTasks tasks, ApiCaller caller, TaskId id, SseEventSink sink, Sse sse, long seen) {
    super(sink, sse, LOOK_EVERY, LONGEST);
    this.tasks = tasks;
    this.caller = caller;
    this.id = id;
    this.seen = seen;
  }

  @Override
  protected boolean look() {
    Optional<BackgroundTask> now = tasks.task(caller, id);
    if (now.isEmpty()) {
      return true; // pruned, or erased with its shop
    }
    BackgroundTask task = now.get();
    if (task.progress().sequence() > seen) {
      seen = task.progress().sequence();
      send(
          sse()
              .newEventBuilder()
              .id(Long.toString(task.progress().sequence()))
              .name("task")
              .reconnectDelay(2_000)
              .mediaType(MediaType.APPLICATION_JSON_TYPE)
              .data(TaskJson.class, TaskJson.of(task))
              .build());
    }
    return task.state().finished();
  }

  @Override
  protected String following() {
    return "task " + id;
  }
}
