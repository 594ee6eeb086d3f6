package com.wbassist.sandbox.telegram;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Telegram's Bot API as the sandbox plays it: it accepts what the real Telegram adapter sends,
 * answers the way Telegram answers, and records every message so a person (or a replay) can read
 * the chats. It can answer 403 for chats that "blocked the bot" and 429 with {@code retry_after} on
 * demand.
 */
public final class TelegramStandIn {
  private static final int MAX_TEXT = 4096;
  private static final int MAX_CAPTION = 1024;

  private final Clock clock;
  private final AtomicLong seq = new AtomicLong();
  private final AtomicLong fileIds = new AtomicLong();
  private final Map<Long, AtomicLong> messageIds = new ConcurrentHashMap<>();
  private final Map<String, StandInMessage> messages = new ConcurrentHashMap<>();
  private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
  private final Set<String> pinned = ConcurrentHashMap.newKeySet();
  private final AtomicLong tooManyRequests = new AtomicLong();
  private final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());

  public TelegramStandIn(Clock clock) {
    this.clock = clock;
  }

  /** Telegram's answer to one call: an HTTP status and the JSON body. */
  public record Answer(int status, JsonObject body) {}

  public Answer call(String method, String contentType, byte[] body) {
    calls.add(method);
    BotApiRequest request;
    try {
      request = BotApiRequest.parse(contentType, body);
    } catch (RuntimeException unreadable) {
      return error(400, "Bad Request: can't parse request body", null);
    }
    if (tooManyRequests.get() > 0 && isSend(method) && tooManyRequests.getAndDecrement() > 0) {
      return error(
          429,
          "Too Many Requests: retry after 1",
          Json.createObjectBuilder().add("retry_after", 1).build());
    }
    Long chatId = request.number("chat_id").orElse(null);
    if (chatId != null && blocked.contains(chatId) && isSend(method)) {
      return error(403, "Forbidden: bot was blocked by the user", null);
    }
    return switch (method) {
      case "sendMessage" -> sendMessage(request, chatId);
      case "sendPhoto" -> sendPhoto(request, chatId);
      case "sendDocument" -> sendDocument(request, chatId);
      case "editMessageText", "editMessageCaption", "editMessageReplyMarkup" ->
          edit(method, request, chatId);
      case "deleteMessage" -> delete(request, chatId);
      case "pinChatMessage" -> pin(request, chatId, true);
      case "unpinChatMessage" -> pin(request, chatId, false);
      case "answerCallbackQuery", "setWebhook", "deleteWebhook", "setMyCommands" ->
          ok(JsonValue.TRUE);
      case "getMe" ->
          ok(
              Json.createObjectBuilder()
                  .add("id", 700000001L)
                  .add("is_bot", true)
                  .add("first_name", "WB Assist (песочница)")
                  .add("username", "wbassist_sandbox_bot")
                  .build());
      default -> error(404, "Not Found: method not found", null);
    };
  }

  private static boolean isSend(String method) {
    return method.startsWith("send") || method.startsWith("edit");
  }

  private Answer sendMessage(BotApiRequest request, Long chatId) {
    String text = request.string("text").orElse("");
    if (chatId == null || text.isEmpty()) {
      return error(400, "Bad Request: message text is empty", null);
    }
    if (text.length() > MAX_TEXT) {
      return error(400, "Bad Request: message is too long", null);
    }
    StandInMessage message =
        accept(chatId, false, text, request.object("reply_markup").orElse(null));
    return ok(messageJson(message).add("text", text).build());
  }

  private Answer sendPhoto(BotApiRequest request, Long chatId) {
    if (chatId == null) {
      return error(400, "Bad Request: chat not found", null);
    }
    boolean uploaded = request.upload("photo").map(size -> size > 0).orElse(false);
    boolean byReference = request.string("photo").map(p -> !p.isBlank()).orElse(false);
    if (!uploaded && !byReference) {
      return error(400, "Bad Request: there is no photo in the request", null);
    }
    String caption = request.string("caption").orElse("");
    if (caption.length() > MAX_CAPTION) {
      return error(400, "Bad Request: message caption is too long", null);
    }
    StandInMessage message =
        accept(chatId, true, caption, request.object("reply_markup").orElse(null));
    String fileId =
        request
            .string("photo")
            .filter(p -> p.startsWith("sandbox-photo-"))
            .orElse("sandbox-photo-" + fileIds.incrementAndGet());
    return ok(
        messageJson(message)
            .add("caption", caption)
            .add(
                "photo",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("file_id", fileId)
                            .add("file_unique_id", "u" + fileId)
                            .add("width", 516)
                            .add("height", 688)))
            .build());
  }

  /** A file (a report): kept as a message with its caption, as a chat shows it under the file. */
  private Answer sendDocument(BotApiRequest request, Long chatId) {
    if (chatId == null) {
      return error(400, "Bad Request: chat not found", null);
    }
    if (!request.upload("document").map(size -> size > 0).orElse(false)) {
      return error(400, "Bad Request: there is no document in the request", null);
    }
    String caption = request.string("caption").orElse("");
    if (caption.length() > MAX_CAPTION) {
      return error(400, "Bad Request: message caption is too long", null);
    }
    StandInMessage message =
        accept(chatId, true, caption, request.object("reply_markup").orElse(null));
    return ok(messageJson(message).add("caption", caption).build());
  }

  private Answer edit(String method, BotApiRequest request, Long chatId) {
    Long messageId = request.number("message_id").orElse(null);
    StandInMessage current =
        chatId == null || messageId == null ? null : messages.get(key(chatId, messageId));
    if (current == null) {
      return error(400, "Bad Request: message to edit not found", null);
    }
    String html =
        switch (method) {
          case "editMessageText" -> request.string("text").orElse(null);
          case "editMessageCaption" -> request.string("caption").orElse(null);
          default -> null;
        };
    JsonObject markup =
        request
            .object("reply_markup")
            .orElse("editMessageReplyMarkup".equals(method) ? null : current.replyMarkup());
    if (Objects.equals(html == null ? current.html() : html, current.html())
        && Objects.equals(markup, current.replyMarkup())) {
      return error(
          400,
          "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
          null);
    }
    StandInMessage edited = current.edited(html, markup);
    messages.put(key(chatId, messageId), edited);
    return ok(messageJson(edited).add(edited.photo() ? "caption" : "text", edited.html()).build());
  }

  private Answer delete(BotApiRequest request, Long chatId) {
    Long messageId = request.number("message_id").orElse(null);
    if (chatId == null || messageId == null) {
      return error(400, "Bad Request: message to delete not found", null);
    }
    // The token message the seller wrote is not among the bot's messages; Telegram deletes it all
    // the same.
    messages.remove(key(chatId, messageId));
    pinned.remove(key(chatId, messageId));
    return ok(JsonValue.TRUE);
  }

  /** Pins or unpins one message, as Telegram does in a private chat (several may be pinned). */
  private Answer pin(BotApiRequest request, Long chatId, boolean pin) {
    Long messageId = request.number("message_id").orElse(null);
    if (chatId == null || messageId == null || !messages.containsKey(key(chatId, messageId))) {
      return error(400, "Bad Request: message to " + (pin ? "pin" : "unpin") + " not found", null);
    }
    if (pin) {
      pinned.add(key(chatId, messageId));
    } else {
      pinned.remove(key(chatId, messageId));
    }
    return ok(JsonValue.TRUE);
  }

  private StandInMessage accept(long chatId, boolean photo, String html, JsonObject markup) {
    long messageId =
        messageIds.computeIfAbsent(chatId, c -> new AtomicLong(1000)).incrementAndGet();
    StandInMessage message =
        new StandInMessage(
            seq.incrementAndGet(), chatId, messageId, photo, html, markup, clock.instant(), 0);
    messages.put(key(chatId, messageId), message);
    return message;
  }

  private JsonObjectBuilder messageJson(StandInMessage message) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("message_id", message.messageId())
            .add("date", message.acceptedAt().getEpochSecond())
            .add(
                "chat",
                Json.createObjectBuilder().add("id", message.chatId()).add("type", "private"));
    if (message.replyMarkup() != null) {
      json.add("reply_markup", message.replyMarkup());
    }
    return json;
  }

  private static String key(long chatId, long messageId) {
    return chatId + ":" + messageId;
  }

  private static Answer ok(JsonValue result) {
    return new Answer(
        200, Json.createObjectBuilder().add("ok", true).add("result", result).build());
  }

  private static Answer error(int code, String description, JsonObject parameters) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("ok", false)
            .add("error_code", code)
            .add("description", description);
    if (parameters != null) {
      body.add("parameters", parameters);
    }
    return new Answer(code, body.build());
  }

  // ---- what tests, the replay and people use

  public void block(long chatId) {
    blocked.add(chatId);
  }

  public void unblock(long chatId) {
    blocked.remove(chatId);
  }

  /** The next {@code count} sends are answered 429 with {@code retry_after: 1}. */
  public void tooManyRequests(int count) {
    tooManyRequests.set(count);
  }

  /** Every message accepted after {@code afterSeq}, in the order accepted. */
  public List<StandInMessage> messagesAfter(long afterSeq) {
    return messages.values().stream()
        .filter(m -> m.seq() > afterSeq)
        .sorted(Comparator.comparingLong(StandInMessage::seq))
        .toList();
  }

  public List<StandInMessage> chat(long chatId) {
    return messages.values().stream()
        .filter(m -> m.chatId() == chatId)
        .sorted(Comparator.comparingLong(StandInMessage::seq))
        .toList();
  }

  /** Whether the message is pinned in its chat now. */
  public boolean isPinned(long chatId, long messageId) {
    return pinned.contains(key(chatId, messageId));
  }

  public long lastSeq() {
    return seq.get();
  }

  public List<String> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** Forgets every chat, block and pending fault: a replay starts from a silent Telegram. */
  public void reset(Set<Long> chats) {
    for (Long chat : chats) {
      messages.values().removeIf(m -> m.chatId() == chat);
      pinned.removeIf(k -> k.startsWith(chat + ":"));
      blocked.remove(chat);
      // Message ids keep counting: Telegram never reuses one in a chat, and journals may still know
      // the old ones.
    }
    tooManyRequests.set(0);
  }
}
