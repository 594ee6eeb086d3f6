package com.wbassist.adapter.telegram;

import com.wbassist.adapter.telegram.FakeBotApi.Call;
import com.wbassist.domain.chat.Button;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.Keyboard;
import com.wbassist.domain.notification.Notification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends notifications through the real client to a local fake Bot API that enforces Telegram's
 * limits (30/s overall, 1/s per chat, 25 ms of slack) with 429s, and prints the achieved rate
 * against the configured limit, the 429s, and the latency from "ready to send" to "accepted" —
 * which includes the wait for a slot, by design. Every notification carries one of 100 product
 * photos: the first send of each uploads it, later ones reuse its file_id.
 *
 * <p>{@code mvn -B -pl adapters-telegram -Pbench verify} (arguments: notifications chats senders
 * global perChat).
 */
public final class TelegramSendBenchmark {
  private static final int PHOTOS = 100;

  private TelegramSendBenchmark() {}

  public static void main(String[] args) throws Exception {
    int notifications = arg(args, 0, 3000);
    int chats = arg(args, 1, 300);
    int senders = arg(args, 2, 8);
    double global = args.length > 3 ? Double.parseDouble(args[3]) : 30;
    double perChat = args.length > 4 ? Double.parseDouble(args[4]) : 1;

    try (FakeBotApi telegram = FakeBotApi.start("1000:bench-token")) {
      telegram.enforce(new FloodRules(30, 1, 25));
      byte[] image = new byte[24 * 1024];
      new Random(1).nextBytes(image);
      for (int p = 0; p < PHOTOS; p++) {
        telegram.servePhoto(p + ".webp", image);
      }
      BotApiSettings settings =
          BotApiSettings.defaults(telegram.url(), "1000:bench-token")
              .withRates(global, perChat)
              .withPhotoHosts(List.of("http://127.0.0.1"));
      var http = new DepartureRecordingHttpClient(BotApiMethods.httpClient(settings));
      TelegramSellerChat chat = new TelegramSellerChat(settings, http, Ticker.SYSTEM);
      List<long[]> work = plan(notifications, chats);
      ConcurrentLinkedQueue<long[]> queue = new ConcurrentLinkedQueue<>(work);
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger failed = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(senders);
      long start = System.nanoTime();
      for (int s = 0; s < senders; s++) {
        pool.execute(
            () -> {
              long[] next;
              while ((next = queue.poll()) != null) {
                Notification notification =
                    notification(next[1], telegram.photoUrl(next[1] % PHOTOS + ".webp"));
                DepartureRecordingHttpClient.CHAT.set(next[0]);
                long ready = System.nanoTime();
                try {
                  chat.sendNotification(next[0], notification);
                  latencies.add(System.nanoTime() - ready);
                } catch (RuntimeException e) {
                  failed.incrementAndGet();
                }
              }
            });
      }
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.MINUTES);
      double seconds = (System.nanoTime() - start) / 1e9;
      report(
          telegram,
          http.departures(),
          latencies,
          failed.get(),
          notifications,
          chats,
          senders,
          global,
          perChat,
          seconds);
    }
  }

  /** Each chat gets the same number of notifications, in a shuffled order: {chat, product}. */
  private static List<long[]> plan(int notifications, int chats) {
    List<long[]> work = new ArrayList<>();
    for (int i = 0; i < notifications; i++) {
      work.add(new long[] {1_000_000L + i % chats, i});
    }
    Collections.shuffle(work, new Random(42));
    return work;
  }

  private static Notification notification(long product, String photoUrl) {
    long nmId = 12_345_000 + product % PHOTOS;
    String html =
        "🛒 <b>Новый заказ</b>\nФутболка-поло &amp; шорты, Лето\nАртикул: DP02/черный, nmId "
            + nmId
            + "\nРазмер: 48\n💰 1 547 ₽\n🏬 Подольск → Московская\n🕒 18.11.2026 09:00 МСК";
    Keyboard button =
        Keyboard.of(
            List.of(
                Button.link(
                    "На WB", "https://www.wildberries.ru/catalog/" + nmId + "/detail.aspx")));
    return new Notification(new ChatMessage(html, button), photoUrl);
  }

  private static void report(
      FakeBotApi telegram,
      List<MessageSpread.Sent> departures,
      List<Long> latencies,
      int failed,
      int notifications,
      int chats,
      int senders,
      double global,
      double perChat,
      double seconds) {
    List<Call> accepted =
        telegram.calls().stream().filter(c -> c.method().startsWith("send")).toList();
    MessageSpread arriving =
        MessageSpread.of(
            accepted.stream()
                .map(c -> new MessageSpread.Sent(c.chatId(), c.arrivalNanos()))
                .toList());
    MessageSpread leaving = MessageSpread.of(departures);
    List<Long> sortedLatency = latencies.stream().sorted().toList();
    System.out.printf(
        "%nTelegram send benchmark: %d notifications with photos to %d chats, %d senders%n",
        notifications, chats, senders);
    System.out.printf(
        "configured limit      : %.1f msg/s overall, %.1f msg/s per chat%n", global, perChat);
    System.out.printf(
        "achieved rate         : %.2f msg/s (%.1f%% of the limit), %d messages in %.1f s (wall %.1f s)%n",
        arriving.rate(),
        100 * arriving.rate() / global,
        arriving.count(),
        arriving.seconds(),
        seconds);
    System.out.printf(
        "429 answers           : %d %s%n", telegram.flood().refused(), telegram.flood().reasons());
    System.out.printf("failed notifications  : %d%n", failed);
    System.out.printf(
        "leaving the client    : busiest second %d messages, closest two in one chat %d ms%n",
        leaving.busiestSecond(), leaving.closestInChatMillis());
    System.out.printf(
        "arriving at the fake  : busiest second %d messages, closest two in one chat %d ms%n",
        arriving.busiestSecond(), arriving.closestInChatMillis());
    System.out.printf("machine load average  : %s%n", loadAverage());
    System.out.printf(
        "photo uploads         : %d (the rest reused a file_id)%n",
        accepted.stream().filter(c -> c.file() != null).count());
    System.out.printf(
        "ready → accepted      : p50 %d ms, p99 %d ms, max %d ms%n",
        millis(sortedLatency, 0.50), millis(sortedLatency, 0.99), millis(sortedLatency, 1.0));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException | RuntimeException unknown) {
      return "unknown";
    }
  }

  private static long millis(List<Long> sorted, double quantile) {
    int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
    return TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.max(0, index)));
  }

  private static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }
}
