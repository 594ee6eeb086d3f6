package com.wbassist.adapter.telegram;

import com.wbassist.adapter.telegram.FakeBotApi.Call;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's flood limits as the fake enforces them, on arrival at the server: a message to a chat
 * less than 1/perChat after the previous one accepted there, or one more than {@code global}
 * accepted messages within one second, gets a 429. {@code slack} forgives the jitter of a loaded
 * machine: the chat gap may be that much short, and the window is that much shorter than a second.
 */
public final class FloodRules {
  static final FloodRules NONE = new FloodRules(Double.MAX_VALUE, Double.MAX_VALUE, 0);
  private static final Set<String> MESSAGES =
      Set.of(
          "sendMessage",
          "sendPhoto",
          "editMessageText",
          "editMessageCaption",
          "editMessageReplyMarkup");

  private final long chatGap;
  private final long window;
  private final int global;
  private final Map<Long, Long> lastInChat = new HashMap<>();
  private final Deque<Long> accepted = new ArrayDeque<>();
  private int refused;
  private final java.util.List<String> reasons = new java.util.ArrayList<>();

  public FloodRules(double globalPerSecond, double perChatPerSecond, long slackMillis) {
    long slack = TimeUnit.MILLISECONDS.toNanos(slackMillis);
    this.chatGap =
        perChatPerSecond == Double.MAX_VALUE ? 0 : (long) (1e9 / perChatPerSecond) - slack;
    this.window = TimeUnit.SECONDS.toNanos(1) - slack;
    this.global =
        globalPerSecond == Double.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.floor(globalPerSecond);
  }

  /** 0 when the call may pass (and it is counted), else the retry_after to answer with. */
  synchronized int check(Call call) {
    if (this == NONE || !MESSAGES.contains(call.method())) {
      return 0;
    }
    long now = call.arrivalNanos();
    Long last = lastInChat.get(call.chatId());
    while (!accepted.isEmpty() && accepted.peekFirst() <= now - window) {
      accepted.pollFirst();
    }
    boolean chatTooSoon = last != null && now - last < chatGap;
    if (chatTooSoon || accepted.size() >= global) {
      refused++;
      reasons.add(
          (chatTooSoon
                  ? "chat " + call.chatId() + " after " + (now - last) / 1_000_000 + " ms"
                  : "global")
              + " ("
              + call.method()
              + ")");
      return 1;
    }
    lastInChat.put(call.chatId(), now);
    accepted.addLast(now);
    return 0;
  }

  public synchronized int refused() {
    return refused;
  }

  /** Why each 429 was given. */
  public synchronized java.util.List<String> reasons() {
    return java.util.List.copyOf(reasons);
  }
}
