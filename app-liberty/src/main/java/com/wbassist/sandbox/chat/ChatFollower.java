package com.wbassist.sandbox.chat;

import com.wbassist.sandbox.telegram.ChatChange;
import com.wbassist.sandbox.telegram.StandInChats;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One page following one stand-in chat over SSE, the way {@code TaskFollower} follows a task: no
 * thread held; a look every quarter second sends each change the page has not seen (event {@code
 * change}, its id the chat's change number, so a reconnecting {@code EventSource} resumes with
 * {@code Last-Event-ID} and gets nothing twice). When the changes since cannot all be told (too
 * many, or the number is from before the server restarted) it sends {@code reset}: the page reads
 * the whole chat again. A comment every 15 s keeps proxies from closing the line; after an hour the
 * stream ends and the browser reconnects by itself.
 */
final class ChatFollower implements Runnable {
  static final Duration LOOK_EVERY = Duration.ofMillis(250);
  static final Duration HEARTBEAT = Duration.ofSeconds(15);
  static final Duration LONGEST = Duration.ofHours(1);
  private static final long RECONNECT_MILLIS = 1_000;

  private static final Logger LOG = System.getLogger(ChatFollower.class.getName());

  private final StandInChats chats;
  private final long chatId;
  private final ChatJson json;
  private final SseEventSink sink;
  private final Sse sse;
  private final long startedAt = System.nanoTime();
  private long seen;
  private long lastSentAt = System.nanoTime();
  private volatile ScheduledFuture<?> looking;

  ChatFollower(
      StandInChats chats, long chatId, ChatJson json, SseEventSink sink, Sse sse, long seen) {
    this.chats = chats;
    this.chatId = chatId;
    this.json = json;
    this.sink = sink;
    this.sse = sse;
    this.seen = seen;
  }

  private Runnable onStop = () -> {};

  /** Starts looking; {@code onStop} runs once it stopped, for whatever reason. */
  void start(ScheduledExecutorService scheduler, Runnable onStop) {
    this.onStop = onStop;
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
      StandInChats.ChatChanges after = chats.changesAfter(chatId, seen);
      if (!after.complete()) {
        seen = after.lastChange();
        send("reset", seen, "{\"lastChange\":" + seen + "}");
      } else {
        for (ChatChange change : after.changes()) {
          boolean pinned =
              change.message() != null
                  && chats.isPinned(chatId, change.message().messageId())
                  && change.kind() != ChatChange.Kind.DELETED;
          send("change", change.seq(), json.change(change, pinned).toString());
          seen = change.seq();
        }
      }
      if (System.nanoTime() - lastSentAt > HEARTBEAT.toNanos()) {
        heartbeat();
      }
      if (System.nanoTime() - startedAt > LONGEST.toNanos()) {
        stop();
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.DEBUG, () -> "following chat " + chatId + " ended: " + failed);
      stop();
    }
  }

  private void send(String name, long id, String data) {
    watch(
        sink.send(
            sse.newEventBuilder()
                .id(Long.toString(id))
                .name(name)
                .reconnectDelay(RECONNECT_MILLIS)
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, data)
                .build()));
  }

  private void heartbeat() {
    watch(sink.send(sse.newEventBuilder().comment("still here").build()));
  }

  /**
   * A page that left is noticed when a write to it fails, and that failure comes later, not thrown:
   * the line is closed then, so the server holds no request open for a page that is gone.
   */
  private void watch(CompletionStage<?> sent) {
    lastSentAt = System.nanoTime();
    sent.whenComplete(
        (done, failed) -> {
          if (failed != null) {
            stop();
          }
        });
  }

  void stop() {
    ScheduledFuture<?> future = looking;
    if (future != null) {
      future.cancel(false);
    }
    try {
      sink.close();
    } catch (RuntimeException alreadyGone) {
      // the page left first
    }
    onStop.run();
  }
}
