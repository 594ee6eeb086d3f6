package com.wbassist.adapter.telegram;

import com.wbassist.adapter.telegram.FakeBotApi.Call;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake Bot API's chats: the bot's messages in each, who blocked the bot, which chats are gone,
 * the file ids.
 */
public final class FakeChats {
  /**
   * What a method answered: {@code result} is the result's JSON when ok, else the error
   * description.
   */
  record Answer(int status, boolean ok, String result) {
    static Answer ok(String result) {
      return new Answer(200, true, result);
    }

    static Answer refused(int status, String description) {
      return new Answer(status, false, description);
    }
  }

  /** A message the bot sent, as it stands now. */
  public static final class Message {
    public final long chatId;
    public final long id;
    public final boolean photo;
    public String text;
    public String markup;

    Message(long chatId, long id, boolean photo, String text, String markup) {
      this.chatId = chatId;
      this.id = id;
      this.photo = photo;
      this.text = text;
      this.markup = markup;
    }
  }

  private static final String NOT_MODIFIED =
      "Bad Request: message is not modified: specified new message content"
          + " and reply markup are exactly the same as a current content and reply markup of the message";

  private final Map<Long, Map<Long, Message>> chats = new LinkedHashMap<>();
  private final Set<Long> blocked = new HashSet<>();
  private final Set<Long> gone = new HashSet<>();
  private final Set<String> fileIds = new HashSet<>();
  private final AtomicLong ids = new AtomicLong(1000);

  public synchronized void block(long chatId) {
    blocked.add(chatId);
  }

  public synchronized void forget(long chatId) {
    gone.add(chatId);
  }

  public synchronized void revokeFileIds() {
    fileIds.clear();
  }

  public synchronized List<Message> in(long chatId) {
    return new ArrayList<>(chats.getOrDefault(chatId, Map.of()).values());
  }

  public synchronized Message message(long chatId, long id) {
    return chats.getOrDefault(chatId, Map.of()).get(id);
  }

  synchronized Answer answer(Call call) {
    long chatId = call.chatId();
    if (blocked.contains(chatId) && !call.method().equals("answerCallbackQuery")) {
      return Answer.refused(403, "Forbidden: bot was blocked by the user");
    }
    if (gone.contains(chatId)) {
      return Answer.refused(400, "Bad Request: chat not found");
    }
    return switch (call.method()) {
      case "sendMessage" -> sendMessage(call, chatId);
      case "sendPhoto" -> sendPhoto(call, chatId);
      case "sendDocument" -> sendDocument(call, chatId);
      case "editMessageText", "editMessageCaption", "editMessageReplyMarkup" -> edit(call, chatId);
      case "deleteMessage",
          "answerCallbackQuery",
          "setWebhook",
          "setMyCommands",
          "pinChatMessage",
          "unpinChatMessage" ->
          Answer.ok("true");
      default -> Answer.refused(404, "Not Found: method not found");
    };
  }

  private Answer sendMessage(Call call, long chatId) {
    String text = Objects.requireNonNullElse(call.text("text"), "");
    if (visible(text) == 0) {
      return Answer.refused(400, "Bad Request: message text is empty");
    }
    if (visible(text) > 4096) {
      return Answer.refused(400, "Bad Request: message is too long");
    }
    return Answer.ok(json(store(chatId, false, text, markup(call))));
  }

  private Answer sendPhoto(Call call, long chatId) {
    if (call.file() == null && !fileIds.contains(call.text("photo"))) {
      return Answer.refused(400, "Bad Request: wrong file identifier/HTTP URL specified");
    }
    String caption = call.text("caption");
    if (caption != null && visible(caption) > 1024) {
      return Answer.refused(400, "Bad Request: message caption is too long");
    }
    Message message = store(chatId, true, caption, markup(call));
    String fileId = call.file() == null ? call.text("photo") : "AgACAgIAAx-" + message.id;
    fileIds.add(fileId);
    return Answer.ok(
        json(message)
            .replaceFirst(
                "}$",
                ",\"photo\":[{\"file_id\":\"small-"
                    + message.id
                    + "\",\"width\":90,\"height\":120},{\"file_id\":\""
                    + fileId
                    + "\",\"width\":900,\"height\":1200}]}"));
  }

  private Answer sendDocument(Call call, long chatId) {
    if (call.file() == null) {
      return Answer.refused(400, "Bad Request: there is no document in the request");
    }
    String caption = call.text("caption");
    if (caption != null && visible(caption) > 1024) {
      return Answer.refused(400, "Bad Request: message caption is too long");
    }
    return Answer.ok(json(store(chatId, true, caption, markup(call))));
  }

  private Answer edit(Call call, long chatId) {
    Message message = message(chatId, Long.parseLong(call.params().get("message_id").toString()));
    if (message == null) {
      return Answer.refused(400, "Bad Request: message to edit not found");
    }
    String text = message.text;
    if (call.method().equals("editMessageText")) {
      if (message.photo) {
        return Answer.refused(400, "Bad Request: there is no text in the message to edit");
      }
      text = call.text("text");
    } else if (call.method().equals("editMessageCaption")) {
      if (!message.photo) {
        return Answer.refused(400, "Bad Request: there is no caption in the message to edit");
      }
      text = call.text("caption");
    }
    String markup = markup(call);
    if (Objects.equals(text, message.text) && Objects.equals(markup, message.markup)) {
      return Answer.refused(400, NOT_MODIFIED);
    }
    message.text = text;
    message.markup = markup;
    return Answer.ok(json(message));
  }

  private Message store(long chatId, boolean photo, String text, String markup) {
    Message message = new Message(chatId, ids.incrementAndGet(), photo, text, markup);
    chats.computeIfAbsent(chatId, c -> new LinkedHashMap<>()).put(message.id, message);
    return message;
  }

  private static String markup(Call call) {
    JsonObject markup = call.json("reply_markup");
    return markup == null ? null : markup.toString();
  }

  private static String json(Message message) {
    var body =
        Json.createObjectBuilder()
            .add("message_id", message.id)
            .add("date", 1_731_000_000)
            .add(
                "chat",
                Json.createObjectBuilder().add("id", message.chatId).add("type", "private"));
    if (message.text != null) {
      body.add(message.photo ? "caption" : "text", message.text);
    }
    return body.build().toString();
  }

  /**
   * Telegram's count: the text after entity parsing, so tags count nothing and an entity counts
   * one.
   */
  static int visible(String html) {
    return html.replaceAll("<[^>]+>", "").replaceAll("&[#a-zA-Z0-9]+;", "x").length();
  }
}
