package com.wbassist.sandbox.chat;

import com.wbassist.app.web.sse.SseStreams;
import com.wbassist.sandbox.telegram.TelegramStandIn;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * A stand-in chat live, over Server-Sent Events: the page reads {@code GET /api/sandbox/chats/{id}}
 * (its {@code lastChange} included), then follows {@code …/events?after=lastChange}; each message
 * added, edited, deleted, pinned or unpinned comes as an event {@code change}. {@code EventSource}
 * reconnects by itself and sends {@code Last-Event-ID}, which wins over {@code after}.
 */
@Path("api/sandbox/chats/{telegramId}/events")
public class SandboxChatEventsResource {
  // Instance, looked up when called: outside sandbox mode these beans do not exist (vetoed).
  @Inject Instance<TelegramStandIn> telegram;
  @Inject SseStreams streams;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void follow(
      @PathParam("telegramId") long telegramId,
      @QueryParam("after") String after,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context UriInfo uri,
      @Context SseEventSink sink,
      @Context Sse sse) {
    long seen = number(lastEventId, number(after, 0));
    streams.follow(
        new ChatFollower(telegram.get().chats(), telegramId, ChatJson.at(uri), sink, sse, seen));
  }

  /** A change number, or {@code otherwise}: a page sending nonsense starts from the beginning. */
  private static long number(String text, long otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Math.max(0, Long.parseLong(text.strip()));
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }
}
