package com.wbassist.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the stand-in records for the chat page: the seller's messages, files, and each change. */
class StandInChatRecordingTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, (byte) 0xFF};

  private final TelegramStandIn telegram = new TelegramStandIn(Clock.systemUTC());
  private final StandInChats chats = telegram.chats();

  private long send(long chat, String text) {
    return telegram
        .call(
            "sendMessage",
            "application/json",
            ("{\"chat_id\":" + chat + ",\"text\":\"" + text + "\"}")
                .getBytes(StandardCharsets.UTF_8))
        .body()
        .getJsonObject("result")
        .getJsonNumber("message_id")
        .longValue();
  }

  private TelegramStandIn.Answer json(String method, String body) {
    return telegram.call(method, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  private TelegramStandIn.Answer multipart(
      String method, long chat, String caption, String field, String fileName, byte[] bytes) {
    String boundary = "b0undary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n"
                + chat
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n"
                + caption
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return telegram.call(method, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  @Test
  @DisplayName(
      "the seller's message takes the chat's next id, on one line with the bot's, and is not among"
          + " the bot's messages")
  void sellerMessages() {
    long first = send(7, "Привет");
    StandInMessage written = chats.sellerWrote(7, "/start");
    long reply = send(7, "Пришлите токен");
    assertEquals(first + 1, written.messageId());
    assertEquals(first + 2, reply);
    assertEquals(
        List.of("Привет", "/start", "Пришлите токен"),
        chats.conversation(7).stream().map(StandInMessage::html).toList());
    assertEquals(2, telegram.chat(7).size(), "the bot's messages only, as before");
    assertFalse(written.fromBot());
  }

  @Test
  @DisplayName(
      "the bot deletes the seller's pasted token: it is gone from the chat, told as a change")
  void deletesTheSellersMessage() {
    StandInMessage token = chats.sellerWrote(7, "eyJ.secret.token");
    long before = chats.view(7).lastChange();
    assertEquals(
        200,
        json("deleteMessage", "{\"chat_id\":7,\"message_id\":" + token.messageId() + "}").status());
    assertTrue(chats.conversation(7).isEmpty());
    List<ChatChange> changes = chats.changesAfter(7, before).changes();
    assertEquals(1, changes.size());
    assertEquals(ChatChange.Kind.DELETED, changes.get(0).kind());
    assertEquals(token.messageId(), changes.get(0).message().messageId());
  }

  @Test
  @DisplayName(
      "an uploaded photo's bytes are kept by its file_id, with the type its bytes say; the same"
          + " photo sent again by file_id shows them too")
  void photos() {
    var first = multipart("sendPhoto", 7, "Новый заказ", "photo", "1.webp", PNG);
    String fileId =
        first
            .body()
            .getJsonObject("result")
            .getJsonArray("photo")
            .getJsonObject(0)
            .getString("file_id");
    json("sendPhoto", "{\"chat_id\":8,\"photo\":\"" + fileId + "\",\"caption\":\"Ещё\"}");

    StandInMessage again = telegram.chat(8).get(0);
    assertTrue(again.photo());
    assertEquals(fileId, again.attachment().fileId());
    assertEquals(PNG.length, again.attachment().size());
    StandInChats.StandInFile file = chats.file(fileId).orElseThrow();
    assertEquals("image/png", file.contentType(), "a PNG named .webp is served as a PNG");
    assertArrayEquals(PNG, file.bytes());
    assertNull(file.fileName());
  }

  @Test
  @DisplayName("a report keeps its file name and bytes, and is a document, not a photo")
  void documents() {
    byte[] xlsx = {'P', 'K', 3, 4, (byte) 0xC3, (byte) 0xA9, 0, 1};
    multipart("sendDocument", 9, "📊 Отчёт", "document", "отчёт-7.xlsx", xlsx);
    StandInMessage report = telegram.chat(9).get(0);
    assertFalse(report.photo());
    assertTrue(report.captioned());
    assertEquals(StandInAttachment.Kind.DOCUMENT, report.attachment().kind());
    assertEquals("отчёт-7.xlsx", report.attachment().fileName());
    StandInChats.StandInFile file = chats.file(report.attachment().fileId()).orElseThrow();
    assertArrayEquals(xlsx, file.bytes(), "bytes as uploaded, not re-encoded");
    assertEquals("отчёт-7.xlsx", file.fileName());
  }

  @Test
  @DisplayName(
      "each chat numbers its changes: added, edited, pinned, unpinned, deleted — a follower gets"
          + " only what came after the number it saw")
  void changesInOrder() {
    long id = send(7, "Синхронизация: 10%");
    send(8, "another chat's message does not count in chat 7");
    json("editMessageText", "{\"chat_id\":7,\"message_id\":" + id + ",\"text\":\"…: 50%\"}");
    json("pinChatMessage", "{\"chat_id\":7,\"message_id\":" + id + "}");
    json("unpinChatMessage", "{\"chat_id\":7,\"message_id\":" + id + "}");
    json("deleteMessage", "{\"chat_id\":7,\"message_id\":" + id + "}");

    StandInChats.ChatChanges all = chats.changesAfter(7, 0);
    assertTrue(all.complete());
    assertEquals(
        List.of(
            ChatChange.Kind.ADDED,
            ChatChange.Kind.EDITED,
            ChatChange.Kind.PINNED,
            ChatChange.Kind.UNPINNED,
            ChatChange.Kind.DELETED),
        all.changes().stream().map(ChatChange::kind).toList());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), all.changes().stream().map(ChatChange::seq).toList());
    assertEquals("…: 50%", all.changes().get(1).message().html());

    StandInChats.ChatChanges later = chats.changesAfter(7, 3);
    assertEquals(List.of(4L, 5L), later.changes().stream().map(ChatChange::seq).toList());
    assertTrue(chats.changesAfter(7, 5).changes().isEmpty());
  }

  @Test
  @DisplayName(
      "a follower too far behind, or holding a number from before a restart, is told to read the"
          + " chat again")
  void incompleteChanges() {
    for (int i = 0; i < StandInChat.CHANGES_KEPT + 10; i++) {
      send(7, "m" + i);
    }
    assertFalse(chats.changesAfter(7, 3).complete(), "the oldest changes are no longer kept");
    assertTrue(chats.changesAfter(7, StandInChat.CHANGES_KEPT).complete());
    assertFalse(
        chats.changesAfter(8, 42).complete(), "a number this server never gave (it restarted)");
  }

  @Test
  @DisplayName("a replay's reset clears the chat as one change; message ids keep counting")
  void resetClears() {
    long id = send(7, "old");
    telegram.reset(java.util.Set.of(7L));
    assertTrue(chats.conversation(7).isEmpty());
    StandInChats.ChatView view = chats.view(7);
    assertEquals(2, view.lastChange());
    assertEquals(ChatChange.Kind.CLEARED, chats.changesAfter(7, 1).changes().get(0).kind());
    assertEquals(id + 1, send(7, "new"));
  }
}
