package com.wbassist.domain.notification;

import com.wbassist.domain.chat.ChatMessage;
import java.util.Objects;
import java.util.Optional;

/**
 * One event rendered for a chat: the message, and the product photo to send it with when the card
 * has one. Text-only when the photo is missing or cannot be sent.
 */
public record Notification(ChatMessage message, String photoUrl) {
  /** Telegram's limit on a photo caption. */
  public static final int MAX_CAPTION = 1024;

  public Notification {
    Objects.requireNonNull(message, "message");
    photoUrl = photoUrl == null || photoUrl.isBlank() ? null : photoUrl;
  }

  public Optional<String> photo() {
    return Optional.ofNullable(photoUrl);
  }
}
