package com.wbassist.sandbox.telegram;

import static com.wbassist.sandbox.telegram.BotApiAnswers.error;
import static com.wbassist.sandbox.telegram.BotApiAnswers.messageJson;
import static com.wbassist.sandbox.telegram.BotApiAnswers.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
  private static final long FILES_KEPT_BYTES = 64L * 1024 * 1024;

  private final AtomicLong fileIds = new AtomicLong();
  private final StandInChats chats;
  private final StandInFiles files = new StandInFiles(FILES_KEPT_BYTES);
  private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
  private final AtomicLong tooManyRequests = new AtomicLong();
  private final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());

  public TelegramStandIn(Clock clock) {
    this.chats = new StandInChats(clock, files);
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
        accept(chatId, text, request.object("reply_markup").orElse(null), null);
    return ok(messageJson(message).add("text", text).build());
  }

  private Answer sendPhoto(BotApiRequest request, Long chatId) {
    if (chatId == null) {
      return error(400, "Bad Request: chat not found", null);
    }
    Optional<BotApiRequest.Upload> upload =
        request.file("photo").filter(file -> file.bytes().length > 0);
    Optional<String> byReference = request.string("photo").filter(p -> !p.isBlank());
    if (upload.isEmpty() && byReference.isEmpty()) {
      return error(400, "Bad Request: there is no photo in the request", null);
    }
    String caption = request.string("caption").orElse("");
    if (caption.length() > MAX_CAPTION) {
      return error(400, "Bad Request: message caption is too long", null);
    }
    String fileId =
        byReference
            .filter(p -> p.startsWith("sandbox-photo-"))
            .orElse("sandbox-photo-" + fileIds.incrementAndGet());
    upload.ifPresent(
        file ->
            files.keep(
                fileId,
                new StandInFiles.StoredFile(
                    null, StandInFiles.imageType(file.bytes()), file.bytes())));
    long size = files.find(fileId).map(file -> (long) file.bytes().length).orElse(0L);
    StandInMessage message =
        accept(
            chatId,
            caption,
            request.object("reply_markup").orElse(null),
            new StandInAttachment(StandInAttachment.Kind.PHOTO, fileId, null, size));
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
    Optional<BotApiRequest.Upload> upload =
        request.file("document").filter(file -> file.bytes().length > 0);
    if (upload.isEmpty()) {
      return error(400, "Bad Request: there is no document in the request", null);
    }
    String caption = request.string("caption").orElse("");
    if (caption.length() > MAX_CAPTION) {
      return error(400, "Bad Request: message caption is too long", null);
    }
    BotApiRequest.Upload file = upload.get();
    String fileId = "sandbox-document-" + fileIds.incrementAndGet();
    String contentType =
        file.contentType().isBlank() ? "application/octet-stream" : file.contentType();
    files.keep(fileId, new StandInFiles.StoredFile(file.fileName(), contentType, file.bytes()));
    StandInMessage message =
        accept(
            chatId,
            caption,
            request.object("reply_markup").orElse(null),
            new StandInAttachment(
                StandInAttachment.Kind.DOCUMENT, fileId, file.fileName(), file.bytes().length));
    return ok(
        messageJson(message)
            .add("caption", caption)
            .add(
                "document",
                Json.createObjectBuilder()
                    .add("file_id", fileId)
                    .add("file_unique_id", "u" + fileId)
                    .add("file_name", file.fileName())
                    .add("file_size", file.bytes().length))
            .build());
  }

  private Answer edit(String method, BotApiRequest request, Long chatId) {
    Long messageId = request.number("message_id").orElse(null);
    StandInChat chat = chatId == null ? null : chats.existing(chatId);
    StandInMessage current =
        chat == null || messageId == null
            ? null
            : chat.find(messageId).filter(StandInMessage::fromBot).orElse(null);
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
    chat.replace(edited);
    return ok(
        messageJson(edited).add(edited.captioned() ? "caption" : "text", edited.html()).build());
  }

  private Answer delete(BotApiRequest request, Long chatId) {
    Long messageId = request.number("message_id").orElse(null);
    if (chatId == null || messageId == null) {
      return error(400, "Bad Request: message to delete not found", null);
    }
    // The token message the seller wrote is deleted like the bot's own: a bot may delete what a
    // user wrote in their private chat. One the stand-in never saw (a replay's) is "deleted" too.
    chats.of(chatId).delete(messageId);
    return ok(JsonValue.TRUE);
  }

  /** Pins or unpins one message, as Telegram does in a private chat (several may be pinned). */
  private Answer pin(BotApiRequest request, Long chatId, boolean pin) {
    Long messageId = request.number("message_id").orElse(null);
    if (chatId == null || messageId == null || !chats.of(chatId).pin(messageId, pin)) {
      return error(400, "Bad Request: message to " + (pin ? "pin" : "unpin") + " not found", null);
    }
    return ok(JsonValue.TRUE);
  }

  private StandInMessage accept(
      long chatId, String html, JsonObject markup, StandInAttachment attachment) {
    return chats.record(chatId, StandInMessage.Sender.BOT, html, markup, attachment);
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

  /** Every message the bot sent after {@code afterSeq}, in the order accepted. */
  public List<StandInMessage> messagesAfter(long afterSeq) {
    return chats.messagesAfter(afterSeq);
  }

  /** The bot's messages in one chat, edits applied, deleted ones gone. */
  public List<StandInMessage> chat(long chatId) {
    return chats.botMessages(chatId);
  }

  /** Whether the message is pinned in its chat now. */
  public boolean isPinned(long chatId, long messageId) {
    return chats.isPinned(chatId, messageId);
  }

  /** The chats as a page reads and follows them, the seller's messages and the files included. */
  public StandInChats chats() {
    return chats;
  }

  public long lastSeq() {
    return chats.lastSeq();
  }

  public List<String> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** Forgets every chat, block and pending fault: a replay starts from a silent Telegram. */
  public void reset(Set<Long> chats) {
    for (Long chat : chats) {
      // Message ids keep counting: Telegram never reuses one in a chat, and journals may still know
      // the old ones.
      this.chats.clear(chat);
      blocked.remove(chat);
    }
    tooManyRequests.set(0);
  }
}
