package com.wbassist.adapter.telegram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Messages as (chat, time): their rate, the busiest one-second window, the closest two in one chat.
 */
record MessageSpread(int count, double seconds, int busiestSecond, long closestInChatMillis) {
  /** One message: the chat it went to and when (nanos). */
  record Sent(long chatId, long nanos) {}

  double rate() {
    return (count - 1) / seconds;
  }

  static MessageSpread of(List<Sent> messages) {
    List<Long> times = messages.stream().map(Sent::nanos).sorted().toList();
    int busiest = 0;
    int from = 0;
    for (int to = 0; to < times.size(); to++) {
      while (times.get(to) - times.get(from) >= TimeUnit.SECONDS.toNanos(1)) {
        from++;
      }
      busiest = Math.max(busiest, to - from + 1);
    }
    Map<Long, List<Long>> byChat =
        messages.stream()
            .collect(
                Collectors.groupingBy(
                    Sent::chatId, Collectors.mapping(Sent::nanos, Collectors.toList())));
    long closest = Long.MAX_VALUE;
    for (List<Long> chatTimes : byChat.values()) {
      List<Long> sorted = chatTimes.stream().sorted().toList();
      for (int i = 1; i < sorted.size(); i++) {
        closest = Math.min(closest, sorted.get(i) - sorted.get(i - 1));
      }
    }
    double span = (times.get(times.size() - 1) - times.get(0)) / 1e9;
    return new MessageSpread(times.size(), span, busiest, TimeUnit.NANOSECONDS.toMillis(closest));
  }
}
