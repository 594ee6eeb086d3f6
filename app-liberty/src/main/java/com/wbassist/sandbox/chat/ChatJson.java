package com.wbassist.sandbox.chat;

import com.wbassist.sandbox.telegram.ChatChange;
import com.wbassist.sandbox.telegram.StandInAttachment;
import com.wbassist.sandbox.telegram.StandInChats;
import com.wbassist.sandbox.telegram.StandInMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Set;

/**
 * A stand-in chat as JSON, the same in {@code GET /api/sandbox/chats/{id}} and in its live events:
 * {@code messages} are the bot's (as they always were), {@code written} the seller's own, each
 * message with its place ({@code seq}), its photo's or document's address when the stand-in has the
 * bytes, and {@code lastChange}, the number a follower starts after.
 *
 * @param filesPath where files are served, e.g. {@code /api/sandbox/files/}
 */
public record ChatJson(String filesPath) {

  /** Files served by this application, wherever its root is. */
  public static ChatJson at(UriInfo uri) {
    String root = uri.getBaseUri().getPath();
    return new ChatJson((root.endsWith("/") ? root : root + "/") + "api/sandbox/files/");
  }

  public JsonObject chat(long chatId, StandInChats.ChatView view) {
    JsonArrayBuilder bot = Json.createArrayBuilder();
    JsonArrayBuilder seller = Json.createArrayBuilder();
    for (StandInMessage message : view.messages()) {
      (message.fromBot() ? bot : seller).add(message(message, view.pinned()));
    }
    return Json.createObjectBuilder()
        .add("chatId", chatId)
        .add("messages", bot)
        .add("written", seller)
        .add("lastChange", view.lastChange())
        .build();
  }

  /** One change: {@code {"change": "added", "message": {…}}}; a cleared chat has no message. */
  public JsonObject change(ChatChange change, boolean pinned) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("seq", change.seq())
            .add("change", change.kind().name().toLowerCase(Locale.ROOT));
    if (change.message() != null) {
      json.add(
          "message",
          message(
              change.message(), pinned ? Set.of(change.message().messageId()) : Set.<Long>of()));
    }
    return json.build();
  }

  public JsonObject message(StandInMessage message, Set<Long> pinned) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("messageId", message.messageId())
            .add("seq", message.seq())
            .add("from", message.fromBot() ? "bot" : "seller")
            .add("date", message.acceptedAt().getEpochSecond())
            .add("photo", message.photo())
            .add("text", message.html())
            .add("edits", message.edits())
            .add("pinned", pinned.contains(message.messageId()));
    if (message.replyMarkup() != null) {
      json.add("keyboard", message.replyMarkup());
    }
    StandInAttachment attachment = message.attachment();
    if (attachment != null && attachment.size() > 0) {
      String url = filesPath + attachment.fileId();
      if (attachment.kind() == StandInAttachment.Kind.PHOTO) {
        json.add("photoUrl", url);
      } else {
        json.add(
            "document",
            Json.createObjectBuilder()
                .add("name", attachment.fileName())
                .add("size", attachment.size())
                .add("url", url));
      }
    }
    return json.build();
  }
}
