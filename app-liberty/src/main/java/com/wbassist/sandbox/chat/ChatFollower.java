package com.wbassist.sandbox.chat;

import com.wbassist.app.web.sse.SseFollower;
import com.wbassist.sandbox.telegram.ChatChange;
import com.wbassist.sandbox.telegram.StandInChats;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;

/**
 * One page following one stand-in chat, the way {@code TaskFollower} follows a task: a look every
 * quarter second sends each change the page has not seen (event {@code change}, its id the chat's
 * change number, so a reconnecting {@code EventSource} resumes with {@code Last-Event-ID} and gets
 * nothing twice). When the changes since cannot all be told (too many, or the number is from before
 * the server restarted) it sends {@code reset}: the page reads the whole chat again. After an hour
 * the stream ends and the browser reconnects by itself; the line itself is {@link SseFollower}'s.
 */
final class ChatFollower extends SseFollower {
  static final Duration LOOK_EVERY = Duration.ofMillis(250);
  static final Duration LONGEST = Duration.ofHours(1);
  private static final long RECONNECT_MILLIS = 1_000;

  private final StandInChats chats;
  private final long chatId;
  private final ChatJson json;
  private long seen;

  ChatFollower(
      StandInChats chats, long chatId, ChatJson json, SseEventSink sink, Sse sse, long seen) {
    super(sink, sse, LOOK_EVERY, LONGEST);
    this.chats = chats;
    this.chatId = chatId;
    this.json = json;
    this.seen = seen;
  }

  @Override
  protected boolean look() {
    StandInChats.ChatChanges after = chats.changesAfter(chatId, seen);
    if (!after.complete()) {
      seen = after.lastChange();
      send("reset", seen, "{\"lastChange\":" + seen + "}");
      return false;
    }
    for (ChatChange change : after.changes()) {
      boolean pinned =
          change.message() != null
              && chats.isPinned(chatId, change.message().messageId())
              && change.kind() != ChatChange.Kind.DELETED;
      send("change", change.seq(), json.change(change, pinned).toString());
      seen = change.seq();
    }
    return false;
  }

  @Override
  protected String following() {
    return "chat " + chatId;
  }

  private void send(String name, long id, String data) {
    send(
        sse()
            .newEventBuilder()
            .id(Long.toString(id))
            .name(name)
            .reconnectDelay(RECONNECT_MILLIS)
            .mediaType(MediaType.TEXT_PLAIN_TYPE)
            .data(String.class, data)
            .build());
  }
}
