package com.wbassist.app.admin;

import com.wbassist.app.web.sse.SseFollower;
import com.wbassist.application.port.in.OperationsOverview;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncProgress;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.Optional;

/**
 * One console following one cabinet's passes: every half second a look at the stored progress sends
 * a {@code progress} event when it changed (a pass starting, moving, or ending); the stream ends
 * after ten minutes and the browser's EventSource reconnects by itself. The line itself is {@link
 * SseFollower}'s.
 */
final class ProgressFollower extends SseFollower {
  static final Duration LOOK_EVERY = Duration.ofMillis(500);
  static final Duration LONGEST = Duration.ofMinutes(10);

  private final OperationsOverview operations;
  private final CabinetId cabinet;
  private String lastSent;

  ProgressFollower(OperationsOverview operations, CabinetId cabinet, SseEventSink sink, Sse sse) {
    super(sink, sse, LOOK_EVERY, LONGEST);
    this.operations = operations;
    this.cabinet = cabinet;
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
  protected boolean look() {
    String now = json(operations.progress(cabinet)).toString();
    if (!now.equals(lastSent)) {
      send(sse().newEventBuilder().name("progress").reconnectDelay(2_000).data(now).build());
      lastSent = now;
    }
    return false;
  }

  @Override
  protected String following() {
    return "the passes of " + cabinet;
  }
}
