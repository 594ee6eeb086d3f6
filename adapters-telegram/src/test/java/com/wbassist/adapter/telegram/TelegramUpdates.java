package com.wbassist.adapter.telegram;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Webhook bodies shaped like Telegram's (docs: section 3.2 of the brief), for a person in their
 * private chat.
 */
final class TelegramUpdates {
  private TelegramUpdates() {}

  static String text(long updateId, long person, long messageId, String text) {
    return Json.createObjectBuilder()
        .add("update_id", updateId)
        .add(
            "message",
            Json.createObjectBuilder()
                .add("message_id", messageId)
                .add("from", person(person))
                .add("chat", privateChat(person))
                .add("date", 1_731_000_000)
                .add("text", text))
        .build()
        .toString();
  }

  static String press(long updateId, long person, long chatId, long messageId, String data) {
    return Json.createObjectBuilder()
        .add("update_id", updateId)
        .add(
            "callback_query",
            Json.createObjectBuilder()
                .add("id", "cb-" + updateId)
                .add("from", person(person))
                .add(
                    "message",
                    Json.createObjectBuilder()
                        .add("message_id", messageId)
                        .add("chat", privateChat(chatId))
                        .add("date", 1_731_000_100)
                        .add("text", "Настройки"))
                .add("chat_instance", "-2837465019283746")
                .add("data", data))
        .build()
        .toString();
  }

  static String membership(long updateId, long person, String newStatus) {
    return Json.createObjectBuilder()
        .add("update_id", updateId)
        .add(
            "my_chat_member",
            Json.createObjectBuilder()
                .add("chat", privateChat(person))
                .add("from", person(person))
                .add("date", 1_731_000_200)
                .add(
                    "old_chat_member",
                    Json.createObjectBuilder().add("status", "member").add("user", bot()))
                .add(
                    "new_chat_member",
                    Json.createObjectBuilder().add("status", newStatus).add("user", bot())))
        .build()
        .toString();
  }

  static String groupText(long updateId, long person, long groupId, String text) {
    return Json.createObjectBuilder()
        .add("update_id", updateId)
        .add(
            "message",
            Json.createObjectBuilder()
                .add("message_id", 1)
                .add("from", person(person))
                .add(
                    "chat",
                    Json.createObjectBuilder()
                        .add("id", groupId)
                        .add("type", "group")
                        .add("title", "Склад"))
                .add("date", 1_731_000_000)
                .add("text", text))
        .build()
        .toString();
  }

  private static JsonObjectBuilder person(long id) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("is_bot", false)
        .add("first_name", "Иван")
        .add("last_name", "Петров")
        .add("username", "ivan")
        .add("language_code", "ru");
  }

  private static JsonObjectBuilder privateChat(long id) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("first_name", "Иван")
        .add("type", "private");
  }

  private static JsonObjectBuilder bot() {
    return Json.createObjectBuilder()
        .add("id", 5_000_000_001L)
        .add("is_bot", true)
        .add("first_name", "WB Assist");
  }
}
