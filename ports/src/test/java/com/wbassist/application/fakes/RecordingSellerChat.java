package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatUnreachableException;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.notification.Notification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The chat in memory: records everything the bot says, and can play a chat that blocked the bot
 * (403) or a Telegram that fails for a while.
 */
public final class RecordingSellerChat implements SellerChat {
  /** One thing the bot did in a chat. */
  public record Said(
      String kind,
      long chatId,
      long messageId,
      ChatMessage message,
      Notification notification,
      String text) {}

  private final List<Said> log = new ArrayList<>();
  private final List<com.wbassist.application.port.out.ChatDocument> documents = new ArrayList<>();
  private final Set<Long> blocked = new HashSet<>();
  private int failuresLeft;
  private int refusalsLeft;
  private int sendAttempts;
  private java.time.Instant downUntil = java.time.Instant.MIN;
  private java.time.Clock clock;
  private java.time.Duration rateLimitedFor;
  private int rateLimitsLeft;
  private boolean breakNext;
  private long nextMessageId = 100;

  public synchronized void block(long chatId) {
    blocked.add(chatId);
  }

  public synchronized void unblock(long chatId) {
    blocked.remove(chatId);
  }

  /**
   * The next {@code count} sends are refused for good, as Telegram refuses a message it cannot
   * parse.
   */
  public synchronized void refuseNextSends(int count) {
    refusalsLeft = count;
  }

  /** The next {@code count} sends fail as if Telegram were down after the adapter's retries. */
  public synchronized void failNextSends(int count) {
    failuresLeft = count;
  }

  /**
   * Telegram does not answer until {@code until} on {@code clock}: every send fails as after the
   * adapter's retries.
   */
  public synchronized void downUntil(java.time.Instant until, java.time.Clock clock) {
    this.downUntil = until;
    this.clock = clock;
  }

  /** The next {@code count} sends get Telegram's 429 asking to wait {@code wait}. */
  public synchronized void rateLimitNextSends(int count, java.time.Duration wait) {
    this.rateLimitsLeft = count;
    this.rateLimitedFor = wait;
  }

  /** The next send breaks off with an unexpected error (as when the process dies mid-answer). */
  public synchronized void breakNextSend() {
    breakNext = true;
  }

  /** How many sends were tried, failed ones included. */
  public synchronized int sendAttempts() {
    return sendAttempts;
  }

  @Override
  public synchronized long send(long chatId, ChatMessage message) {
    check(chatId);
    long id = nextMessageId++;
    log.add(new Said("send", chatId, id, message, null, message.html()));
    return id;
  }

  @Override
  public synchronized long sendNotification(long chatId, Notification notification) {
    check(chatId);
    long id = nextMessageId++;
    log.add(
        new Said(
            "notification",
            chatId,
            id,
            notification.message(),
            notification,
            notification.message().html()));
    return id;
  }

  @Override
  public synchronized void edit(long chatId, long messageId, ChatMessage message) {
    check(chatId);
    log.add(new Said("edit", chatId, messageId, message, null, message.html()));
  }

  @Override
  public synchronized void answerButton(String callbackId, String text) {
    log.add(new Said("answer", 0, 0, null, null, text));
  }

  @Override
  public synchronized long sendDocument(
      long chatId, com.wbassist.application.port.out.ChatDocument document) {
    long id = nextMessageId++;
    log.add(new Said("document", chatId, id, document.caption(), null, document.caption().html()));
    documents.add(document);
    return id;
  }

  /** The documents sent, in order. */
  public synchronized List<com.wbassist.application.port.out.ChatDocument> documents() {
    return List.copyOf(documents);
  }

  @Override
  public synchronized void delete(long chatId, long messageId) {
    log.add(new Said("delete", chatId, messageId, null, null, ""));
  }

  @Override
  public synchronized void pin(long chatId, long messageId) {
    log.add(new Said("pin", chatId, messageId, null, null, ""));
  }

  @Override
  public synchronized void unpin(long chatId, long messageId) {
    log.add(new Said("unpin", chatId, messageId, null, null, ""));
  }

  private void check(long chatId) {
    sendAttempts++;
    if (breakNext) {
      breakNext = false;
      throw new IllegalStateException("the server went down mid-answer");
    }
    if (clock != null && clock.instant().isBefore(downUntil)) {
      throw new ChatDeliveryException("Telegram did not answer (timeout) after retries");
    }
    if (rateLimitsLeft > 0) {
      rateLimitsLeft--;
      throw new com.wbassist.application.port.out.ChatRateLimitedException(
          "Too Many Requests: retry after " + rateLimitedFor.toSeconds(), rateLimitedFor);
    }
    if (blocked.contains(chatId)) {
      throw new ChatUnreachableException("Forbidden: bot was blocked by the user");
    }
    if (refusalsLeft > 0) {
      refusalsLeft--;
      throw new com.wbassist.application.port.out.ChatMessageRefusedException(
          "Bad Request: can't parse entities");
    }
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new ChatDeliveryException("Telegram answered 502 after retries");
    }
  }

  public synchronized List<Said> log() {
    return List.copyOf(log);
  }

  public synchronized List<Said> notifications() {
    return log.stream().filter(s -> s.kind().equals("notification")).toList();
  }

  public synchronized List<Said> to(long chatId) {
    return log.stream().filter(s -> s.chatId() == chatId).toList();
  }

  public synchronized Said last(long chatId) {
    List<Said> said = to(chatId);
    if (said.isEmpty()) {
      throw new AssertionError("the bot said nothing in chat " + chatId);
    }
    return said.get(said.size() - 1);
  }

  public synchronized void clear() {
    log.clear();
  }
}
