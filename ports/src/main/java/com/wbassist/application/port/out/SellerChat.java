package com.wbassist.application.port.out;

import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.notification.Notification;

/**
 * The bot's voice. The adapter keeps Telegram's rate limits (global and per chat), waits out 429s,
 * and retries transient failures before it gives up with {@link ChatDeliveryException}; a chat that
 * cannot be reached any more fails with {@link ChatUnreachableException}.
 */
public interface SellerChat {
  /** Sends a message and returns its Telegram message id. */
  long send(long chatId, ChatMessage message);

  /**
   * Sends a notification with its photo when it has one (text only when the photo fails); returns
   * the message id.
   */
  long sendNotification(long chatId, Notification notification);

  /** Replaces the text and keyboard of a message the bot sent. */
  void edit(long chatId, long messageId, ChatMessage message);

  /** Answers a button press, with a short toast text (may be empty). */
  void answerButton(String callbackId, String text);

  /** Deletes a message (the one that carried a token); failing to is not an error. */
  void delete(long chatId, long messageId);

  /** Pins a message the bot sent, without a notification; failing to is not an error. */
  void pin(long chatId, long messageId);

  /** Unpins one pinned message, leaving the chat's other pins; failing to is not an error. */
  void unpin(long chatId, long messageId);

  /** The largest file a bot may upload to a chat (Telegram's limit for bots: 50 MB). */
  long LARGEST_DOCUMENT = 50L * 1024 * 1024;

  /**
   * Sends a file (a report) with a caption; returns the message id. At most {@link
   * #LARGEST_DOCUMENT} bytes.
   */
  long sendDocument(long chatId, ChatDocument document);
}
