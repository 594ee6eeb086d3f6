package com.wbassist.sandbox.telegram;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** Telegram's answers as the Bot API writes them: {@code ok} with a result, or an error. */
final class BotApiAnswers {
  private BotApiAnswers() {}

  /** A sent message as Telegram describes it; the caller adds its text, caption or file. */
  static JsonObjectBuilder messageJson(StandInMessage message) {
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

  static TelegramStandIn.Answer ok(JsonValue result) {
    return new TelegramStandIn.Answer(
        200, Json.createObjectBuilder().add("ok", true).add("result", result).build());
  }

  static TelegramStandIn.Answer error(int code, String description, JsonObject parameters) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("ok", false)
            .add("error_code", code)
            .add("description", description);
    if (parameters != null) {
      body.add("parameters", parameters);
    }
    return new TelegramStandIn.Answer(code, body.build());
  }
}
