package com.wbassist.application.port.in;

import java.util.Objects;

/**
 * An inline keyboard button pressed under one of the bot's messages.
 *
 * @param updateId Telegram update id
 * @param telegramId who pressed it: a button only ever acts for the person who pressed it
 * @param chatId the chat of the message
 * @param messageId the message the keyboard belongs to, edited in place
 * @param callbackId to answer the press (Telegram shows a spinner until then)
 * @param data the button's callback data
 */
public record ButtonPressed(
    long updateId, long telegramId, long chatId, long messageId, String callbackId, String data)
    implements ChatUpdate {

  public ButtonPressed {
    Objects.requireNonNull(callbackId, "callbackId");
    data = data == null ? "" : data;
    if (telegramId == 0 || chatId == 0) {
      throw new IllegalArgumentException("a button press needs its author and chat");
    }
  }
}
