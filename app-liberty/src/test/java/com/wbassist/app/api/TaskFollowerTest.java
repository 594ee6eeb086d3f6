package com.wbassist.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.in.SellerTasks;
import com.wbassist.application.port.out.StoredReportFile;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.TaskId;
import com.wbassist.domain.task.TaskProgress;
import com.wbassist.domain.task.TaskState;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskFollowerTest {
  private static final CabinetId SHOP = new CabinetId("shop-a");
  private static final ApiCaller KEY = new ApiCaller("k1", SHOP);
  private static final TaskId ID = new TaskId("0123456789abcdef0123456789abcdef");

  private final OneTask tasks = new OneTask();
  private final RecordingSink sink = new RecordingSink();

  private TaskFollower follower(long lastEventId) {
    return new TaskFollower(tasks, KEY, ID, sink, new PlainSse(), lastEventId);
  }

  private static BackgroundTask task(TaskState state, int percent, long sequence) {
    return new BackgroundTask(
        ID,
        SHOP,
        com.wbassist.domain.task.TaskKind.REPORT,
        new ReportRequest(
            new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")),
            ReportFormat.XLSX,
            0),
        state,
        new TaskProgress(percent, percent * 100L, "orders", sequence),
        Instant.parse("2026-12-02T09:00:00Z"),
        null,
        null,
        1,
        false,
        null,
        null);
  }

  @Test
  @DisplayName(
      "an event at every change, its id the sequence, none while nothing moved; closed after the end")
  void followedToTheEnd() {
    TaskFollower follower = follower(0);
    tasks.now = task(TaskState.RUNNING, 10, 5);
    follower.run();
    follower.run();
    tasks.now = task(TaskState.RUNNING, 40, 6);
    follower.run();
    assertFalse(sink.closed);
    tasks.now = task(TaskState.SUCCEEDED, 100, 7);
    follower.run();
    assertEquals(List.of("5", "6", "7"), sink.ids());
    assertTrue(sink.events.stream().allMatch(e -> "task".equals(e.getName())));
    assertEquals(TaskJson.class, sink.events.get(2).getType());
    assertEquals("SUCCEEDED", ((TaskJson) sink.events.get(2).getData()).state());
    assertTrue(sink.closed, "the stream ends after the final state");
  }

  @Test
  @DisplayName("a client back with Last-Event-ID is sent only what is newer")
  void resumes() {
    tasks.now = task(TaskState.RUNNING, 40, 6);
    TaskFollower follower = follower(6);
    follower.run();
    assertEquals(List.of(), sink.ids());
    tasks.now = task(TaskState.RUNNING, 50, 7);
    follower.run();
    assertEquals(List.of("7"), sink.ids());
  }

  @Test
  @DisplayName("a finished task a client has seen: nothing sent, the stream closes")
  void alreadySeenTheEnd() {
    tasks.now = task(TaskState.CANCELLED, 40, 9);
    follower(9).run();
    assertEquals(List.of(), sink.ids());
    assertTrue(sink.closed);
  }

  @Test
  @DisplayName("a task that is gone (pruned, erased) closes the stream")
  void gone() {
    tasks.now = null;
    follower(0).run();
    assertTrue(sink.closed);
  }

  @Test
  @DisplayName(
      "a client that left (its write fails later) ends the stream, and nothing is sent after")
  void clientLeft() {
    sink.failWrites = true;
    TaskFollower follower = follower(0);
    tasks.now = task(TaskState.RUNNING, 10, 5);
    follower.run();
    assertTrue(sink.closed, "the failed write closed the line");
    sink.closed = false; // a sink that forgot it was closed still gets nothing more
    tasks.now = task(TaskState.RUNNING, 20, 6);
    follower.run();
    assertEquals(List.of("5"), sink.ids());
  }

  /** The caller's one task, as the store holds it now. */
  private static final class OneTask implements SellerTasks {
    BackgroundTask now;

    @Override
    public Optional<BackgroundTask> task(ApiCaller caller, TaskId id) {
      return Optional.ofNullable(now).filter(t -> t.cabinet().equals(caller.cabinet()));
    }

    @Override
    public BackgroundTask requestResync(ApiCaller caller, Period period) {
      throw new UnsupportedOperationException();
    }

    @Override
    public BackgroundTask requestReport(ApiCaller caller, Period period, ReportFormat format) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<BackgroundTask> tasks(ApiCaller caller, Optional<TaskState> state) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<BackgroundTask> cancel(ApiCaller caller, TaskId id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<StoredReportFile> file(ApiCaller caller, TaskId id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void download(StoredReportFile file, OutputStream out) {
      throw new UnsupportedOperationException();
    }
  }

  private static final class RecordingSink implements SseEventSink {
    final List<OutboundSseEvent> events = new ArrayList<>();
    boolean closed;
    boolean failWrites;

    List<String> ids() {
      return events.stream().filter(e -> e.getId() != null).map(OutboundSseEvent::getId).toList();
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public CompletionStage<?> send(OutboundSseEvent event) {
      events.add(event);
      return failWrites
          ? CompletableFuture.failedFuture(new java.io.IOException("Broken pipe"))
          : CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Events as plain values. */
  private static final class PlainSse implements Sse {
    @Override
    public OutboundSseEvent.Builder newEventBuilder() {
      return new PlainBuilder();
    }

    @Override
    public SseBroadcaster newBroadcaster() {
      throw new UnsupportedOperationException();
    }
  }

  private record Event(
      String id,
      String name,
      String comment,
      long delay,
      MediaType type,
      Class<?> kind,
      Object data)
      implements OutboundSseEvent {
    @Override
    public String getId() {
      return id;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public String getComment() {
      return comment;
    }

    @Override
    public long getReconnectDelay() {
      return delay;
    }

    @Override
    public boolean isReconnectDelaySet() {
      return delay >= 0;
    }

    @Override
    public Class<?> getType() {
      return kind;
    }

    @Override
    public Type getGenericType() {
      return kind;
    }

    @Override
    public MediaType getMediaType() {
      return type;
    }

    @Override
    public Object getData() {
      return data;
    }
  }

  private static final class PlainBuilder implements OutboundSseEvent.Builder {
    private String id;
    private String name;
    private String comment;
    private long delay = -1;
    private MediaType type;
    private Class<?> kind;
    private Object data;

    @Override
    public OutboundSseEvent.Builder id(String id) {
      this.id = id;
      return this;
    }

    @Override
    public OutboundSseEvent.Builder name(String name) {
      this.name = name;
      return this;
    }

    @Override
    public OutboundSseEvent.Builder reconnectDelay(long milliseconds) {
      this.delay = milliseconds;
      return this;
    }

    @Override
    public OutboundSseEvent.Builder mediaType(MediaType mediaType) {
      this.type = mediaType;
      return this;
    }

    @Override
    public OutboundSseEvent.Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public OutboundSseEvent.Builder data(Class type, Object data) {
      this.kind = type;
      this.data = data;
      return this;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public OutboundSseEvent.Builder data(GenericType type, Object data) {
      this.kind = type.getRawType();
      this.data = data;
      return this;
    }

    @Override
    public OutboundSseEvent.Builder data(Object data) {
      this.kind = data.getClass();
      this.data = data;
      return this;
    }

    @Override
    public OutboundSseEvent build() {
      return new Event(id, name, comment, delay, type, kind, data);
    }
  }
}
