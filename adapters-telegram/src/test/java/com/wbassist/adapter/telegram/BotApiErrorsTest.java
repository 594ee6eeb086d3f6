package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatRateLimitedException;
import com.wbassist.application.port.out.ChatUnreachableException;
import com.wbassist.domain.chat.ChatMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BotApiErrorsTest {
  private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
  private static final long CHAT = 111222333L;
  private final FakeBotApi telegram = FakeBotApi.start(TOKEN);
  private final FakeTicker time = new FakeTicker();
  private final TelegramSellerChat chat = chat(Duration.ofSeconds(2));

  private TelegramSellerChat chat(Duration timeout) {
    BotApiSettings settings =
        BotApiSettings.defaults(telegram.url(), TOKEN)
            .withRates(1000, 1000)
            .withRetries(4, Duration.ofMillis(500), Duration.ofSeconds(60), timeout);
    return new TelegramSellerChat(settings, BotApiMethods.httpClient(settings), time);
  }

  @AfterEach
  void stop() {
    telegram.close();
  }

  private long hello() {
    return chat.send(CHAT, ChatMessage.text("Привет"));
  }

  @Test
  @DisplayName("429: waits retry_after, then sends")
  void floodWait() {
    telegram.floodWaitNext("sendMessage", 3);
    assertTrue(hello() > 0);
    assertEquals(2, telegram.calls("sendMessage").size());
    assertEquals(3_000, time.totalSleptMillis());
  }

  @Test
  @DisplayName(
      "429 asking for longer than the configured maximum: handed back at once with Telegram's wait")
  void floodWaitTooLong() {
    telegram.floodWaitNext("sendMessage", 3600);
    var failed = assertThrows(ChatRateLimitedException.class, this::hello);
    assertTrue(failed.getMessage().contains("3600"));
    assertEquals(Duration.ofHours(1), failed.retryAfter(), "the dispatcher waits exactly that");
    assertEquals(1, telegram.calls("sendMessage").size());
  }

  @Test
  @DisplayName("5xx: retried with a doubling backoff until it passes")
  void serverErrorThenSuccess() {
    telegram.failNext("sendMessage", 502, "Bad Gateway");
    telegram.failNext("sendMessage", 500, "Internal Server Error");
    assertTrue(hello() > 0);
    assertEquals(3, telegram.calls("sendMessage").size());
    assertEquals(List.of(500L, 1000L), time.sleptMillis());
  }

  @Test
  @DisplayName("5xx every time: ChatDeliveryException after the configured attempts")
  void serverErrorForGood() {
    for (int i = 0; i < 4; i++) {
      telegram.failNext("sendMessage", 503, "Service Unavailable");
    }
    var failed = assertThrows(ChatDeliveryException.class, this::hello);
    assertTrue(failed.getMessage().contains("503"));
    assertEquals(4, telegram.calls("sendMessage").size());
  }

  @Test
  @DisplayName("an answer that is not the Bot API's (a proxy's HTML) counts as a server error")
  void notBotApiBody() {
    telegram.rawNext("sendMessage", 502, "<html>Bad Gateway</html>");
    assertTrue(hello() > 0);
    assertEquals(2, telegram.calls("sendMessage").size());
  }

  @Test
  @DisplayName("a timeout is retried")
  void timeout() {
    TelegramSellerChat impatient = chat(Duration.ofMillis(300));
    telegram.delayNext("sendMessage", Duration.ofMillis(1500));
    assertTrue(impatient.send(CHAT, ChatMessage.text("Привет")) > 0);
    assertEquals(2, telegram.calls("sendMessage").size());
  }

  @Test
  @DisplayName("403 (blocked by the user): ChatUnreachableException at once, no retry")
  void blocked() {
    telegram.chats().block(CHAT);
    var gone = assertThrows(ChatUnreachableException.class, this::hello);
    assertTrue(gone.getMessage().contains("blocked"));
    assertEquals(1, telegram.calls("sendMessage").size());
  }

  @Test
  @DisplayName("400 chat not found: ChatUnreachableException at once")
  void chatNotFound() {
    telegram.chats().forget(CHAT);
    assertThrows(ChatUnreachableException.class, this::hello);
    assertEquals(1, telegram.calls("sendMessage").size());
  }

  @Test
  @DisplayName("403 on a notification and on an edit: unreachable too")
  void blockedEverywhere() {
    telegram.chats().block(CHAT);
    assertThrows(
        ChatUnreachableException.class,
        () ->
            chat.sendNotification(
                CHAT,
                new com.wbassist.domain.notification.Notification(ChatMessage.text("x"), null)));
    assertThrows(ChatUnreachableException.class, () -> chat.edit(CHAT, 5, ChatMessage.text("x")));
  }

  @Test
  @DisplayName("another 400 (unparseable HTML): ChatDeliveryException at once, not retried")
  void badRequest() {
    telegram.failNext(
        "sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag \"x\"");
    var failed = assertThrows(ChatDeliveryException.class, this::hello);
    assertTrue(failed.getMessage().contains("can't parse entities"));
    assertEquals(1, telegram.calls("sendMessage").size());
  }

  @Test
  @DisplayName(
      "Telegram unreachable: retried, then ChatDeliveryException; the bot token appears in no message")
  void connectionRefused() {
    telegram.close();
    var failed = assertThrows(ChatDeliveryException.class, this::hello);
    assertFalse(failed.getMessage().contains(TOKEN));
    assertEquals(3, time.sleptMillis().size());
  }

  @Test
  @DisplayName(
      "a wrong bot token (Telegram: 404) is a delivery failure whose message does not show the token")
  void wrongToken() {
    BotApiSettings wrong =
        BotApiSettings.defaults(telegram.url(), "999:WRONG-token").withRates(1000, 1000);
    TelegramSellerChat stranger =
        new TelegramSellerChat(wrong, BotApiMethods.httpClient(wrong), time);
    var failed =
        assertThrows(ChatDeliveryException.class, () -> stranger.send(CHAT, ChatMessage.text("x")));
    assertFalse(failed.getMessage().contains("WRONG-token"));
    assertFalse(wrong.toString().contains("WRONG-token"));
  }

  @Test
  @DisplayName("a failing answerCallbackQuery or deleteMessage is not an error")
  void answerAndDeleteNeverFail() {
    telegram.failNext(
        "answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired");
    telegram.failNext("deleteMessage", 400, "Bad Request: message to delete not found");
    chat.answerButton("cb-1", "ok");
    chat.delete(CHAT, 42);
    telegram.chats().block(CHAT);
    chat.delete(CHAT, 43);
    assertEquals(1, telegram.calls("answerCallbackQuery").size());
    assertEquals(2, telegram.calls("deleteMessage").size());
  }
}
