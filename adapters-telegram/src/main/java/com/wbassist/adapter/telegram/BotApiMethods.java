package com.wbassist.adapter.telegram;

import com.wbassist.adapter.telegram.PoliteCaller.Pace;
import com.wbassist.domain.chat.Keyboard;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Bot API methods the bot uses, one Java method each, every one made through the {@link
 * PoliteCaller}. Messages (send, edit) count against the chat's and the global limit; deleting
 * counts against the global one; answering a button press and the webhook setup are not messages
 * and are not paced.
 */
final class BotApiMethods {
  /** A photo message: its id, and the {@code file_id} Telegram gave the photo, for reuse. */
  record SentPhoto(long messageId, String fileId) {}

  /** An image to upload. */
  record PhotoUpload(byte[] bytes, String fileName, String contentType) {}

  private final BotApiTransport transport;
  private final PoliteCaller caller;
  private final JsonProvider json;
  private final KeyboardJson keyboards;

  /**
   * Everything a bot needs to call Telegram: one HTTP client, one pacer shared by every message it
   * sends.
   */
  static BotApiMethods connect(BotApiSettings settings, HttpClient http, Ticker ticker) {
    JsonProvider json = JsonProvider.provider();
    SendPacer pacer =
        new SendPacer(settings.globalPerSecond(), settings.perChatPerSecond(), ticker);
    return new BotApiMethods(
        new BotApiTransport(http, settings, json), new PoliteCaller(pacer, ticker, settings), json);
  }

  static HttpClient httpClient(BotApiSettings settings) {
    boolean tls = "https".equalsIgnoreCase(settings.apiUrl().getScheme());
    return HttpClient.newBuilder()
        .version(tls ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .connectTimeout(
            settings.requestTimeout().compareTo(Duration.ofSeconds(5)) < 0
                ? settings.requestTimeout()
                : Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  BotApiMethods(BotApiTransport transport, PoliteCaller caller, JsonProvider json) {
    this.transport = transport;
    this.caller = caller;
    this.json = json;
    this.keyboards = new KeyboardJson(json);
  }

  long sendMessage(long chatId, String html, Keyboard keyboard) {
    JsonObjectBuilder params =
        html(chat(chatId), "text", html, keyboard)
            .add("link_preview_options", json.createObjectBuilder().add("is_disabled", true));
    return messageId(chatCall("sendMessage", chatId, params.build()));
  }

  /** Uploads the image bytes (multipart); {@code captionHtml} may be null. */
  SentPhoto sendPhoto(long chatId, PhotoUpload photo, String captionHtml, Keyboard keyboard) {
    MultipartForm form = new MultipartForm().field("chat_id", Long.toString(chatId));
    if (captionHtml != null) {
      form.field("caption", captionHtml).field("parse_mode", "HTML");
    }
    if (!keyboard.isEmpty()) {
      form.field("reply_markup", keyboards.replyMarkup(keyboard).toString());
    }
    form.file("photo", photo.fileName(), photo.contentType(), photo.bytes());
    return sentPhoto(
        caller.call(
            "sendPhoto", Pace.CHAT, chatId, () -> transport.postMultipart("sendPhoto", form)));
  }

  /** Uploads a file (multipart) with an HTML caption; returns the message id. */
  long sendDocument(
      long chatId,
      String fileName,
      String contentType,
      byte[] content,
      String captionHtml,
      Keyboard keyboard) {
    MultipartForm form = new MultipartForm().field("chat_id", Long.toString(chatId));
    form.field("caption", captionHtml).field("parse_mode", "HTML");
    if (!keyboard.isEmpty()) {
      form.field("reply_markup", keyboards.replyMarkup(keyboard).toString());
    }
    form.file("document", fileName, contentType, content);
    return messageId(
        caller.call(
            "sendDocument",
            Pace.CHAT,
            chatId,
            () -> transport.postMultipart("sendDocument", form)));
  }

  /** Sends a photo Telegram already has, by its {@code file_id}. */
  SentPhoto sendPhoto(long chatId, String fileId, String captionHtml, Keyboard keyboard) {
    JsonObjectBuilder params =
        captionHtml == null
            ? withKeyboard(chat(chatId), keyboard)
            : html(chat(chatId), "caption", captionHtml, keyboard);
    return sentPhoto(chatCall("sendPhoto", chatId, params.add("photo", fileId).build()));
  }

  void editMessageText(long chatId, long messageId, String html, Keyboard keyboard) {
    chatCall(
        "editMessageText",
        chatId,
        html(message(chatId, messageId), "text", html, keyboard)
            .add("link_preview_options", json.createObjectBuilder().add("is_disabled", true))
            .build());
  }

  void editMessageCaption(long chatId, long messageId, String html, Keyboard keyboard) {
    chatCall(
        "editMessageCaption",
        chatId,
        html(message(chatId, messageId), "caption", html, keyboard).build());
  }

  void editMessageReplyMarkup(long chatId, long messageId, Keyboard keyboard) {
    chatCall(
        "editMessageReplyMarkup",
        chatId,
        withKeyboard(message(chatId, messageId), keyboard).build());
  }

  void answerCallbackQuery(String callbackId, String text) {
    JsonObjectBuilder params = json.createObjectBuilder().add("callback_query_id", callbackId);
    if (text != null && !text.isEmpty()) {
      params.add("text", toast(text));
    }
    JsonObject body = params.build();
    caller.call(
        "answerCallbackQuery", Pace.NONE, 0, () -> transport.postJson("answerCallbackQuery", body));
  }

  void deleteMessage(long chatId, long messageId) {
    JsonObject body = message(chatId, messageId).build();
    caller.call(
        "deleteMessage", Pace.GLOBAL, chatId, () -> transport.postJson("deleteMessage", body));
  }

  /**
   * Pins without a notification. In a private chat Telegram shows a line "pinned …", so it is paced
   * as a message of the chat.
   */
  void pinChatMessage(long chatId, long messageId) {
    JsonObject body = message(chatId, messageId).add("disable_notification", true).build();
    chatCall("pinChatMessage", chatId, body);
  }

  /** Unpins that one message, not the chat's other pins. */
  void unpinChatMessage(long chatId, long messageId) {
    JsonObject body = message(chatId, messageId).build();
    caller.call(
        "unpinChatMessage",
        Pace.GLOBAL,
        chatId,
        () -> transport.postJson("unpinChatMessage", body));
  }

  void setWebhook(String url, String secretToken, List<String> allowedUpdates) {
    var updates = json.createArrayBuilder();
    allowedUpdates.forEach(updates::add);
    JsonObject body =
        json.createObjectBuilder()
            .add("url", url)
            .add("secret_token", secretToken)
            .add("allowed_updates", updates)
            .build();
    caller.call("setWebhook", Pace.NONE, 0, () -> transport.postJson("setWebhook", body));
  }

  /** Commands in menu order: command (without the slash) to its description. */
  void setMyCommands(Map<String, String> commands) {
    var list = json.createArrayBuilder();
    commands.forEach(
        (command, description) ->
            list.add(
                json.createObjectBuilder()
                    .add("command", command)
                    .add("description", description)));
    JsonObject body = json.createObjectBuilder().add("commands", list).build();
    caller.call("setMyCommands", Pace.NONE, 0, () -> transport.postJson("setMyCommands", body));
  }

  /** Telegram shows at most 200 characters of a button's answer. */
  private static String toast(String text) {
    return text.codePointCount(0, text.length()) <= 200
        ? text
        : text.substring(0, text.offsetByCodePoints(0, 199)) + "…";
  }

  private JsonValue chatCall(String method, long chatId, JsonObject body) {
    return caller.call(method, Pace.CHAT, chatId, () -> transport.postJson(method, body));
  }

  private JsonObjectBuilder chat(long chatId) {
    return json.createObjectBuilder().add("chat_id", chatId);
  }

  private JsonObjectBuilder message(long chatId, long messageId) {
    return chat(chatId).add("message_id", messageId);
  }

  private JsonObjectBuilder html(
      JsonObjectBuilder params, String field, String html, Keyboard keyboard) {
    return withKeyboard(params.add(field, html).add("parse_mode", "HTML"), keyboard);
  }

  /**
   * Without {@code reply_markup} an edit removes the keyboard, which is what an empty keyboard
   * means.
   */
  private JsonObjectBuilder withKeyboard(JsonObjectBuilder params, Keyboard keyboard) {
    return keyboard.isEmpty()
        ? params
        : params.add("reply_markup", keyboards.replyMarkup(keyboard));
  }

  private static long messageId(JsonValue result) {
    return result instanceof JsonObject message
            && message.get("message_id") instanceof JsonNumber id
        ? id.longValue()
        : 0;
  }

  private static SentPhoto sentPhoto(JsonValue result) {
    String fileId = null;
    if (result instanceof JsonObject message
        && message.get("photo") instanceof JsonArray sizes
        && !sizes.isEmpty()) {
      // The sizes come smallest first; the largest is the one worth sending again.
      fileId = sizes.getJsonObject(sizes.size() - 1).getString("file_id", null);
    }
    return new SentPhoto(messageId(result), fileId);
  }
}
