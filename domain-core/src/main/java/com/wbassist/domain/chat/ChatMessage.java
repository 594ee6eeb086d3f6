package com.wbassist.domain.chat;

import java.util.Objects;

/** A message the bot writes: Telegram HTML text and an inline keyboard (possibly empty). */
public record ChatMessage(String html, Keyboard keyboard) {
  public ChatMessage {
    Objects.requireNonNull(html, "html");
    keyboard = keyboard == null ? Keyboard.none() : keyboard;
  }

  public static ChatMessage text(String html) {
    return new ChatMessage(html, Keyboard.none());
  }
}
