package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.adapter.telegram.FakeBotApi.Call;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The limiter in real time, against a fake Bot API that answers 429 to anything faster than
 * Telegram allows.
 */
class RateLimitTest {
  private static final String TOKEN = "42:rate-token";
  private static final long SLACK_MS =
      50; // a loaded 2-core machine jitters; Telegram forgives far more
  private final FakeBotApi telegram = FakeBotApi.start(TOKEN);
  private final ExecutorService senders = Executors.newFixedThreadPool(12);

  @AfterEach
  void stop() {
    senders.shutdownNow();
    telegram.close();
  }

  private TelegramSellerChat client(double global, double perChat) {
    BotApiSettings settings =
        BotApiSettings.defaults(telegram.url(), TOKEN).withRates(global, perChat);
    return new TelegramSellerChat(settings);
  }

  @Test
  @DisplayName(
      "12 senders, 40 messages, replies, edits and notifications mixed: no chat gets 2 in a second, no second gets more than 20, no 429")
  void limitsHold() throws Exception {
    telegram.enforce(new FloodRules(20, 1, SLACK_MS));
    TelegramSellerChat chat = client(20, 1);
    long busyChat = 1;
    long editable = chat.send(busyChat, ChatMessage.text("⏳ 0%"));
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      long other = 100 + i;
      work.add(
          senders.submit(
              () ->
                  chat.sendNotification(
                      other, new Notification(ChatMessage.text("🛒 Заказ"), null))));
    }
    for (int i = 1; i <= 3; i++) {
      String text = "⏳ " + i * 10 + "%";
      work.add(senders.submit(() -> chat.edit(busyChat, editable, ChatMessage.text(text))));
    }
    for (Future<?> done : work) {
      done.get(30, TimeUnit.SECONDS);
    }
    assertEquals(List.of(), telegram.flood().reasons());
    List<Call> messages = telegram.calls();
    assertEquals(40, messages.size());
    assertTrue(
        maxWithin(messages, TimeUnit.SECONDS.toNanos(1) - TimeUnit.MILLISECONDS.toNanos(SLACK_MS))
            <= 20);
    Map<Long, List<Long>> perChat =
        messages.stream()
            .collect(
                Collectors.groupingBy(
                    Call::chatId, Collectors.mapping(Call::arrivalNanos, Collectors.toList())));
    List<Long> busy = perChat.get(busyChat).stream().sorted().toList();
    assertEquals(4, busy.size());
    for (int i = 1; i < busy.size(); i++) {
      assertTrue(
          busy.get(i) - busy.get(i - 1) >= TimeUnit.MILLISECONDS.toNanos(1000 - SLACK_MS),
          "gap in the busy chat");
    }
  }

  @Test
  @DisplayName(
      "the fake is strict: without the limiter Telegram answers 429, and the client waits out retry_after until all arrive")
  void withoutLimiterTelegramFloods() throws Exception {
    telegram.enforce(new FloodRules(30, 1, SLACK_MS));
    TelegramSellerChat reckless = client(1000, 1000);
    List<Future<Long>> sent = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sent.add(senders.submit(() -> reckless.send(5, ChatMessage.text("спам"))));
    }
    for (Future<Long> done : sent) {
      assertTrue(done.get(30, TimeUnit.SECONDS) > 0);
    }
    assertTrue(telegram.flood().refused() >= 2, "429s: " + telegram.flood().refused());
    assertEquals(3, telegram.chats().in(5).size());
  }

  private static int maxWithin(List<Call> calls, long window) {
    List<Long> times = calls.stream().map(Call::arrivalNanos).sorted().toList();
    int max = 0;
    int from = 0;
    for (int to = 0; to < times.size(); to++) {
      while (times.get(to) - times.get(from) >= window) {
        from++;
      }
      max = Math.max(max, to - from + 1);
    }
    return max;
  }
}
