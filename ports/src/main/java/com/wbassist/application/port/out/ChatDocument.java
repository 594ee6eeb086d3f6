package com.wbassist.application.port.out;

import com.wbassist.domain.chat.ChatMessage;
import java.util.Objects;

/**
 * A file sent to a chat.
 *
 * @param fileName the name the seller sees and saves it as
 * @param contentType its MIME type
 * @param content its bytes (a report: at most {@link SellerChat#LARGEST_DOCUMENT})
 * @param caption the text under it (Telegram HTML), with its keyboard
 */
public record ChatDocument(
    String fileName, String contentType, byte[] content, ChatMessage caption) {
  public ChatDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(caption, "caption");
    if (content.length > SellerChat.LARGEST_DOCUMENT) {
      throw new IllegalArgumentException(
          "a document of " + content.length + " bytes is over Telegram's 50 MB");
    }
  }
}
