package com.wbassist.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TelegramStandInTest {
  private final TelegramStandIn telegram = new TelegramStandIn(Clock.systemUTC());

  private TelegramStandIn.Answer json(String method, String body) {
    return telegram.call(method, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("sendMessage is accepted with a message id, and recorded with its keyboard")
  void sendMessage() {
    var answer =
        json(
            "sendMessage",
            "{\"chat_id\":1001,\"text\":\"<b>Привет</b>\",\"parse_mode\":\"HTML\","
                + "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Меню\",\"callback_data\":\"menu\"}]]}}");
    assertEquals(200, answer.status());
    assertTrue(answer.body().getBoolean("ok"));
    long id = answer.body().getJsonObject("result").getJsonNumber("message_id").longValue();
    var recorded = telegram.chat(1001).get(0);
    assertEquals(id, recorded.messageId());
    assertEquals("<b>Привет</b>", recorded.html());
    assertEquals(
        "menu",
        recorded
            .replyMarkup()
            .getJsonArray("inline_keyboard")
            .getJsonArray(0)
            .getJsonObject(0)
            .getString("callback_data"));
  }

  @Test
  @DisplayName(
      "pinChatMessage pins one of the bot's messages, unpinChatMessage that one only; an unknown"
          + " one is refused")
  void pinAndUnpin() {
    long first =
        json("sendMessage", "{\"chat_id\":1001,\"text\":\"Итоги 1\"}")
            .body()
            .getJsonObject("result")
            .getJsonNumber("message_id")
            .longValue();
    long second =
        json("sendMessage", "{\"chat_id\":1001,\"text\":\"Итоги 2\"}")
            .body()
            .getJsonObject("result")
            .getJsonNumber("message_id")
            .longValue();
    assertEquals(
        200,
        json(
                "pinChatMessage",
                "{\"chat_id\":1001,\"message_id\":" + first + ",\"disable_notification\":true}")
            .status());
    json("pinChatMessage", "{\"chat_id\":1001,\"message_id\":" + second + "}");
    assertEquals(
        200, json("unpinChatMessage", "{\"chat_id\":1001,\"message_id\":" + first + "}").status());
    assertEquals(false, telegram.isPinned(1001, first));
    assertEquals(true, telegram.isPinned(1001, second));
    assertEquals(400, json("pinChatMessage", "{\"chat_id\":1001,\"message_id\":999999}").status());
  }

  @Test
  @DisplayName(
      "a report sent as a document is kept with its caption; one without a file is refused")
  void sendDocument() {
    String boundary = "b0undary";
    String fields =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n1002\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n📊 Отчёт\r\n";
    String file =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"r.xlsx\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004xx\r\n";
    String end = "--" + boundary + "--\r\n";
    String type = "multipart/form-data; boundary=" + boundary;
    assertEquals(
        400,
        telegram
            .call("sendDocument", type, (fields + end).getBytes(StandardCharsets.UTF_8))
            .status());
    var answer =
        telegram.call("sendDocument", type, (fields + file + end).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, answer.status());
    assertEquals("📊 Отчёт", telegram.chat(1002).get(0).html());
  }

  @Test
  @DisplayName("a photo uploaded as multipart is accepted with a file_id; its caption recorded")
  void sendPhoto() {
    String boundary = "b0undary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n1001\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nНовый заказ\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"p.webp\"\r\nContent-Type: image/webp\r\n\r\nRIFFxxxxWEBP\r\n"
            + "--"
            + boundary
            + "--\r\n";
    var answer =
        telegram.call(
            "sendPhoto",
            "multipart/form-data; boundary=" + boundary,
            body.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, answer.status());
    assertTrue(
        answer
            .body()
            .getJsonObject("result")
            .getJsonArray("photo")
            .getJsonObject(0)
            .getString("file_id")
            .startsWith("sandbox-photo-"));
    assertEquals("Новый заказ", telegram.chat(1001).get(0).html());
    assertTrue(telegram.chat(1001).get(0).photo());
  }

  @Test
  @DisplayName("edits replace text and keyboard; an identical edit is 'message is not modified'")
  void edits() {
    long id =
        json("sendMessage", "{\"chat_id\":5,\"text\":\"a\"}")
            .body()
            .getJsonObject("result")
            .getJsonNumber("message_id")
            .longValue();
    assertEquals(
        200,
        json("editMessageText", "{\"chat_id\":5,\"message_id\":" + id + ",\"text\":\"b\"}")
            .status());
    assertEquals("b", telegram.chat(5).get(0).html());
    var same = json("editMessageText", "{\"chat_id\":5,\"message_id\":" + id + ",\"text\":\"b\"}");
    assertEquals(400, same.status());
    assertTrue(same.body().getString("description").contains("message is not modified"));
  }

  @Test
  @DisplayName("a blocked chat gets 403; 429 with retry_after on demand")
  void faults() {
    telegram.block(9);
    var blocked = json("sendMessage", "{\"chat_id\":9,\"text\":\"x\"}");
    assertEquals(403, blocked.status());
    assertEquals("Forbidden: bot was blocked by the user", blocked.body().getString("description"));
    telegram.tooManyRequests(1);
    var limited = json("sendMessage", "{\"chat_id\":10,\"text\":\"x\"}");
    assertEquals(429, limited.status());
    assertEquals(1, limited.body().getJsonObject("parameters").getInt("retry_after"));
    assertEquals(200, json("sendMessage", "{\"chat_id\":10,\"text\":\"x\"}").status());
  }
}
