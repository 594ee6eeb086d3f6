package com.wbassist.sandbox.replay;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Telegram updates as Telegram sends them to a webhook, for the sandbox's sellers (replays and the
 * console).
 */
public final class TelegramUpdates {
  private TelegramUpdates() {}

  public static JsonObject text(
      long updateId, long telegramId, long messageId, String text, long epochSecond) {
    var message =
        Json.createObjectBuilder()
            .add("message_id", messageId)
            .add("from", user(telegramId))
            .add(
                "chat",
                Json.createObjectBuilder()
                    .add("id", telegramId)
                    .add("first_name", "Продавец " + telegramId)
                    .add("type", "private"))
            .add("date", epochSecond)
            .add("text", text);
    if (text.startsWith("/")) {
      int length = text.contains(" ") ? text.indexOf(' ') : text.length();
      message.add(
          "entities",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("offset", 0)
                      .add("length", length)
                      .add("type", "bot_command")));
    }
    return Json.createObjectBuilder().add("update_id", updateId).add("message", message).build();
  }

  public static JsonObject press(
      long updateId, long telegramId, long messageId, String data, long epochSecond) {
    return Json.createObjectBuilder()
        .add("update_id", updateId)
        .add(
            "callback_query",
            Json.createObjectBuilder()
                .add("id", "replay-" + updateId)
                .add("from", user(telegramId))
                .add(
                    "message",
                    Json.createObjectBuilder()
                        .add("message_id", messageId)
                        .add(
                            "chat",
                            Json.createObjectBuilder().add("id", telegramId).add("type", "private"))
                        .add("date", epochSecond)
                        .add("text", "⚙️ Уведомления"))
                .add("chat_instance", "replay-" + telegramId)
                .add("data", data))
        .build();
  }

  private static JsonObject user(long telegramId) {
    return Json.createObjectBuilder()
        .add("id", telegramId)
        .add("is_bot", false)
        .add("first_name", "Продавец " + telegramId)
        .add("language_code", "ru")
        .build();
  }
}
