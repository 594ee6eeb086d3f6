package com.wbassist.app.web.sse;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client following something over Server-Sent Events without holding a thread: a scheduled
 * {@link #look()} every so often sends what changed since the client's last look, a comment every
 * 15 s keeps proxies from closing the line, and the stream closes when {@link #look()} says it is
 * over, after its longest life (the browser's EventSource reconnects by itself), when the client
 * left (a write to it fails — that failure arrives later, not thrown), or when the application
 * stops ({@link SseStreams}). What is followed is read from the database or the sandbox, so the
 * server answering need not be the one doing the work.
 *
 * <p>The task, progress and chat streams differ only in what one look reads and sends; the line's
 * life is this one class.
 */
public abstract class SseFollower implements Runnable {
  static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private static final Logger LOG = System.getLogger(SseFollower.class.getName());

  private final SseEventSink sink;
  private final Sse sse;
  private final Duration lookEvery;
  private final Duration longest;
  private final long startedAt = System.nanoTime();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private long lastSentAt = System.nanoTime();
  private volatile ScheduledFuture<?> looking;
  private volatile Runnable onStop = () -> {};

  protected SseFollower(SseEventSink sink, Sse sse, Duration lookEvery, Duration longest) {
    this.sink = sink;
    this.sse = sse;
    this.lookEvery = lookEvery;
    this.longest = longest;
  }

  /**
   * One look at what is followed: sends each change the client has not seen ({@link #send}), and
   * answers whether the stream is over (what it follows reached its end, or is gone).
   */
  protected abstract boolean look();

  /** What is followed, for the one log line of a stream that ended on an error. */
  protected abstract String following();

  /** The events this stream sends are built with it. */
  protected final Sse sse() {
    return sse;
  }

  /** Starts looking; {@code onStop} runs once, after the stream stopped for whatever reason. */
  void start(ScheduledExecutorService scheduler, Runnable onStop) {
    this.onStop = onStop;
    looking =
        scheduler.scheduleWithFixedDelay(this, 0, lookEvery.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public final synchronized void run() {
    if (stopped.get()) {
      return;
    }
    try {
      if (sink.isClosed()) {
        stop();
        return;
      }
      boolean over = look();
      if (!over && System.nanoTime() - lastSentAt > HEARTBEAT.toNanos()) {
        watch(sink.send(sse.newEventBuilder().comment("still here").build()));
      }
      if (over || System.nanoTime() - startedAt > longest.toNanos()) {
        stop();
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.DEBUG, () -> "following " + following() + " ended: " + failed);
      stop();
    }
  }

  protected final void send(OutboundSseEvent event) {
    watch(sink.send(event));
  }

  private void watch(CompletionStage<?> sent) {
    lastSentAt = System.nanoTime();
    sent.whenComplete(
        (done, failed) -> {
          if (failed != null) {
            stop();
          }
        });
  }

  /**
   * Ends the stream: no more looks, the line closed. Safe to call more than once, from any thread.
   */
  public final void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    ScheduledFuture<?> future = looking;
    if (future != null) {
      future.cancel(false);
    }
    try {
      sink.close();
    } catch (RuntimeException alreadyGone) {
      // the client left first
    }
    onStop.run();
  }
}
