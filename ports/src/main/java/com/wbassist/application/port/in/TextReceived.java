package com.wbassist.application.port.in;

import java.util.Objects;

/**
 * A text message (a command or a pasted token) in a private chat.
 *
 * @param updateId Telegram update id
 * @param telegramId the author
 * @param chatId the chat it was written in
 * @param messageId the message, so a message carrying a token can be deleted
 * @param text what was written
 * @param userName how Telegram names the author
 */
public record TextReceived(
    long updateId, long telegramId, long chatId, long messageId, String text, String userName)
    implements ChatUpdate {

  public TextReceived {
    Objects.requireNonNull(text, "text");
    if (telegramId == 0 || chatId == 0) {
      throw new IllegalArgumentException("a text message needs its author and chat");
    }
    userName = userName == null ? "" : userName;
  }
}
