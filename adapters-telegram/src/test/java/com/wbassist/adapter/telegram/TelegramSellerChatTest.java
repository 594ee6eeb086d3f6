package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.adapter.telegram.FakeBotApi.Call;
import com.wbassist.domain.chat.Button;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.Keyboard;
import com.wbassist.domain.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TelegramSellerChatTest {
  private static final String TOKEN = "555:test-token";
  private static final long CHAT = 7_000_000_001L; // beyond 32 bits, as Telegram ids may be
  private static final byte[] PHOTO =
      "RIFF....WEBPVP8 fake image bytes".getBytes(StandardCharsets.ISO_8859_1);
  private static final Keyboard ON_WB =
      Keyboard.of(
          List.of(Button.link("На WB", "https://www.wildberries.ru/catalog/12345678/detail.aspx")));

  private final FakeBotApi telegram = FakeBotApi.start(TOKEN);
  private final BotApiSettings settings =
      BotApiSettings.defaults(telegram.url(), TOKEN)
          .withRates(1000, 1000)
          .withRetries(3, Duration.ofMillis(100), Duration.ofSeconds(60), Duration.ofSeconds(2))
          .withPhotoHosts(List.of("http://127.0.0.1"));
  private final TelegramSellerChat chat =
      new TelegramSellerChat(settings, BotApiMethods.httpClient(settings), new FakeTicker());

  @AfterEach
  void stop() {
    telegram.close();
  }

  private Call only(String method) {
    List<Call> calls = telegram.calls(method);
    assertEquals(1, calls.size(), method + " calls");
    return calls.get(0);
  }

  @Test
  @DisplayName("sendMessage: HTML text, the inline keyboard as reply_markup, the message id back")
  void sendMessage() {
    Keyboard menu =
        Keyboard.of(
            List.of(Button.action("⚙️ Настройки", "settings"), Button.link("WB", "https://wb.ru")));
    long id = chat.send(CHAT, new ChatMessage("<b>Меню</b> &amp; всё", menu));
    Call call = only("sendMessage");
    assertEquals(CHAT, call.chatId());
    assertEquals("<b>Меню</b> &amp; всё", call.text("text"));
    assertEquals("HTML", call.text("parse_mode"));
    assertEquals(
        "{\"inline_keyboard\":[[{\"text\":\"⚙️ Настройки\",\"callback_data\":\"settings\"},"
            + "{\"text\":\"WB\",\"url\":\"https://wb.ru\"}]]}",
        call.json("reply_markup").toString());
    assertEquals(telegram.chats().in(CHAT).get(0).id, id);
  }

  @Test
  @DisplayName("a text over 4096 characters goes as several messages, the keyboard under the last")
  void longText() {
    String line = "<b>Заказ</b> " + "x".repeat(90) + "\n";
    String html = line.repeat(100); // ~10,000 visible characters
    long id = chat.send(CHAT, new ChatMessage(html, ON_WB));
    List<Call> calls = telegram.calls("sendMessage");
    assertEquals(3, calls.size());
    calls.forEach(c -> assertTrue(FakeChats.visible(c.text("text")) <= 4096));
    assertNull(calls.get(0).json("reply_markup"));
    assertTrue(calls.get(2).json("reply_markup") != null);
    assertEquals(telegram.chats().in(CHAT).get(2).id, id);
  }

  @Test
  @DisplayName(
      "a notification with a photo: the bytes are downloaded and uploaded, the file_id reused the next time")
  void photoUploadedOnceThenReused() {
    telegram.servePhoto("1.webp", PHOTO);
    Notification order =
        new Notification(
            new ChatMessage("🛒 <b>Новый заказ</b>", ON_WB), telegram.photoUrl("1.webp"));
    long first = chat.sendNotification(CHAT, order);
    long second = chat.sendNotification(CHAT, order);
    List<Call> photos = telegram.calls("sendPhoto");
    assertEquals(2, photos.size());
    assertArrayEquals(PHOTO, photos.get(0).file());
    assertEquals("🛒 <b>Новый заказ</b>", photos.get(0).text("caption"));
    assertEquals("HTML", photos.get(0).text("parse_mode"));
    assertTrue(photos.get(0).json("reply_markup").toString().contains("detail.aspx"));
    assertNull(photos.get(1).file());
    assertEquals("AgACAgIAAx-" + first, photos.get(1).text("photo"));
    assertEquals(1, telegram.downloads("1.webp"));
    assertTrue(second > first);
    assertTrue(telegram.calls("sendMessage").isEmpty());
  }

  @Test
  @DisplayName(
      "sendDocument: the file uploaded as multipart with its name, an HTML caption, the id back")
  void sendDocument() {
    byte[] report = new byte[70_000];
    for (int i = 0; i < report.length; i++) {
      report[i] = (byte) i; // every byte value, CR and LF among them
    }
    long id =
        chat.sendDocument(
            CHAT,
            new com.wbassist.application.port.out.ChatDocument(
                "wb-report-2026-11-01-2026-11-30.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                report,
                ChatMessage.text("📊 <b>Отчёт</b> за ноябрь")));
    Call call = only("sendDocument");
    assertEquals(CHAT, call.chatId());
    assertArrayEquals(report, call.file());
    assertEquals("📊 <b>Отчёт</b> за ноябрь", call.text("caption"));
    assertEquals("HTML", call.text("parse_mode"));
    assertEquals(telegram.chats().in(CHAT).get(0).id, id);
  }

  @Test
  @DisplayName("a photo that cannot be downloaded: the notification goes as text")
  void photoMissing() {
    Notification order =
        new Notification(new ChatMessage("🛒 Заказ", ON_WB), telegram.photoUrl("gone.webp"));
    chat.sendNotification(CHAT, order);
    assertTrue(telegram.calls("sendPhoto").isEmpty());
    assertEquals("🛒 Заказ", only("sendMessage").text("text"));
  }

  @Test
  @DisplayName("a photo Telegram refuses: the notification goes as text")
  void photoRefused() {
    telegram.servePhoto("1.webp", PHOTO);
    telegram.failNext("sendPhoto", 400, "Bad Request: IMAGE_PROCESS_FAILED");
    chat.sendNotification(
        CHAT, new Notification(new ChatMessage("🛒 Заказ", ON_WB), telegram.photoUrl("1.webp")));
    assertEquals(1, telegram.calls("sendPhoto").size());
    assertTrue(only("sendMessage").json("reply_markup").toString().contains("detail.aspx"));
  }

  @Test
  @DisplayName("a file_id Telegram no longer takes is forgotten and the photo uploaded again")
  void staleFileId() {
    telegram.servePhoto("1.webp", PHOTO);
    Notification order =
        new Notification(ChatMessage.text("🛒 Заказ"), telegram.photoUrl("1.webp"));
    chat.sendNotification(CHAT, order);
    telegram.chats().revokeFileIds();
    chat.sendNotification(CHAT, order);
    List<Call> photos = telegram.calls("sendPhoto");
    assertEquals(3, photos.size());
    assertTrue(photos.get(2).file() != null);
    assertEquals(2, telegram.downloads("1.webp"));
    assertTrue(telegram.calls("sendMessage").isEmpty());
  }

  @Test
  @DisplayName("a text too long for a caption: the photo alone, then the text with the keyboard")
  void captionTooLong() {
    telegram.servePhoto("1.webp", PHOTO);
    String text = "⭐ Отзыв: " + "очень длинный текст ".repeat(80);
    long id =
        chat.sendNotification(
            CHAT, new Notification(new ChatMessage(text, ON_WB), telegram.photoUrl("1.webp")));
    Call photo = only("sendPhoto");
    assertNull(photo.text("caption"));
    assertNull(photo.json("reply_markup"));
    Call message = only("sendMessage");
    assertEquals(text, message.text("text"));
    assertTrue(message.json("reply_markup") != null);
    assertEquals(telegram.chats().in(CHAT).get(1).id, id);
  }

  @Test
  @DisplayName(
      "a photo from a host not in telegram.photo-hosts is never fetched: the notification goes as text")
  void photoHostNotAllowed() {
    telegram.servePhoto("1.webp", PHOTO);
    String sameServerOtherName = telegram.photoUrl("1.webp").replace("127.0.0.1", "localhost");
    chat.sendNotification(
        CHAT, new Notification(new ChatMessage("🛒 Заказ", ON_WB), sameServerOtherName));
    assertEquals(0, telegram.downloads("1.webp"));
    assertTrue(telegram.calls("sendPhoto").isEmpty());
    assertTrue(only("sendMessage").json("reply_markup").toString().contains("detail.aspx"));
  }

  @Test
  @DisplayName("sandbox:/ photo URLs mean nothing to the adapter: the notification goes as text")
  void sandboxSchemeGone() {
    chat.sendNotification(
        CHAT,
        new Notification(ChatMessage.text("x"), "sandbox:/vol1/part12/1234/images/big/1.webp"));
    assertTrue(telegram.calls("sendPhoto").isEmpty());
    assertEquals("x", only("sendMessage").text("text"));
  }

  @Test
  @DisplayName("edit: text and keyboard replaced in place; 'message is not modified' is no error")
  void edit() {
    long id = chat.send(CHAT, ChatMessage.text("⏳ 10%"));
    Keyboard toggles = Keyboard.of(List.of(Button.action("✅ Заказы", "set:NEW_ORDER")));
    chat.edit(CHAT, id, new ChatMessage("⏳ 20%", toggles));
    chat.edit(CHAT, id, new ChatMessage("⏳ 20%", toggles));
    assertEquals(2, telegram.calls("editMessageText").size());
    assertEquals("⏳ 20%", telegram.chats().message(CHAT, id).text);
    assertTrue(telegram.chats().message(CHAT, id).markup.contains("set:NEW_ORDER"));
  }

  @Test
  @DisplayName("edit of a message that is gone: the text is sent as a new message")
  void editGone() {
    chat.edit(CHAT, 999, ChatMessage.text("⏳ 30%"));
    assertEquals("⏳ 30%", only("sendMessage").text("text"));
  }

  @Test
  @DisplayName("edit of a photo message: its caption and keyboard are edited instead")
  void editPhotoMessage() {
    telegram.servePhoto("1.webp", PHOTO);
    long id =
        chat.sendNotification(
            CHAT, new Notification(ChatMessage.text("old"), telegram.photoUrl("1.webp")));
    chat.edit(CHAT, id, new ChatMessage("new", ON_WB));
    assertEquals("new", only("editMessageCaption").text("caption"));
    chat.edit(CHAT, id, new ChatMessage("long ".repeat(300), Keyboard.none()));
    assertEquals(1, telegram.calls("editMessageReplyMarkup").size());
  }

  @Test
  @DisplayName("answerCallbackQuery carries the toast; deleteMessage the chat and message")
  void answerAndDelete() {
    chat.answerButton("4382bfdwdsb323b2d9", "Заказы: выкл");
    chat.delete(CHAT, 42);
    assertEquals("Заказы: выкл", only("answerCallbackQuery").text("text"));
    assertEquals("4382bfdwdsb323b2d9", only("answerCallbackQuery").text("callback_query_id"));
    assertEquals(42, only("deleteMessage").params().getJsonNumber("message_id").longValue());
  }

  @Test
  @DisplayName(
      "pin: pinChatMessage with the message id and no notification; unpin: that one message only")
  void pinAndUnpin() {
    long id = chat.send(CHAT, ChatMessage.text("📊 <b>Итоги дня</b>"));
    chat.pin(CHAT, id);
    chat.unpin(CHAT, 41);
    Call pin = only("pinChatMessage");
    assertEquals(CHAT, pin.chatId());
    assertEquals(id, pin.params().getJsonNumber("message_id").longValue());
    assertEquals(true, pin.params().getBoolean("disable_notification"));
    Call unpin = only("unpinChatMessage");
    assertEquals(CHAT, unpin.chatId());
    assertEquals(41, unpin.params().getJsonNumber("message_id").longValue());
  }

  @Test
  @DisplayName("a pin or unpin Telegram refuses, or a chat that blocked the bot, is no error")
  void pinBestEffort() {
    telegram.failNext("pinChatMessage", 400, "Bad Request: message to pin not found");
    telegram.failNext("unpinChatMessage", 400, "Bad Request: message to unpin not found");
    chat.pin(CHAT, 7);
    chat.unpin(CHAT, 6);
    telegram.failNext("pinChatMessage", 403, "Forbidden: bot was blocked by the user");
    chat.pin(CHAT, 8);
    assertEquals(2, telegram.calls("pinChatMessage").size());
    assertEquals(1, telegram.calls("unpinChatMessage").size());
  }

  @Test
  @DisplayName(
      "setup: setWebhook with the secret and the three update kinds; setMyCommands in Russian")
  void setup() {
    TelegramBotSetup setup =
        new TelegramBotSetup(settings, BotApiMethods.httpClient(settings), new FakeTicker());
    setup.registerWebhook("https://bot.example.com/telegram/webhook", "s3cret_-X");
    setup.publishCommands();
    Call webhook = only("setWebhook");
    assertEquals("https://bot.example.com/telegram/webhook", webhook.text("url"));
    assertEquals("s3cret_-X", webhook.text("secret_token"));
    assertEquals(
        "[\"message\",\"callback_query\",\"my_chat_member\"]",
        webhook.params().get("allowed_updates").toString());
    String commands = only("setMyCommands").params().get("commands").toString();
    assertTrue(commands.contains("\"command\":\"settings\""), commands);
    assertTrue(commands.contains("Главное меню"), commands);
    assertTrue(commands.contains("\"command\":\"team\""), commands);
  }

  @Test
  @DisplayName("a secret Telegram would refuse is refused before calling it")
  void badSecret() {
    TelegramBotSetup setup = new TelegramBotSetup(settings);
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> setup.registerWebhook("https://x/telegram/webhook", "has spaces!"));
    assertTrue(telegram.calls().isEmpty());
  }
}
