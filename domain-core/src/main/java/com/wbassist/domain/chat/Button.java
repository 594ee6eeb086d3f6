package com.wbassist.domain.chat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline keyboard button: it either sends callback data back to the bot or opens a URL. */
public record Button(String text, String callbackData, String url) {
  /** Telegram's limit on callback data, in UTF-8 bytes. */
  public static final int MAX_CALLBACK_BYTES = 64;

  public Button {
    Objects.requireNonNull(text, "text");
    if ((callbackData == null) == (url == null)) {
      throw new IllegalArgumentException("a button carries either callback data or a URL");
    }
    if (callbackData != null
        && callbackData.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
      throw new IllegalArgumentException("callback data over 64 bytes: " + callbackData);
    }
  }

  public static Button action(String text, String callbackData) {
    return new Button(text, callbackData, null);
  }

  public static Button link(String text, String url) {
    return new Button(text, null, url);
  }
}
