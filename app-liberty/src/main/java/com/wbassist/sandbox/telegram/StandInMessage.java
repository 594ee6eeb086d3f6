package com.wbassist.sandbox.telegram;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * A message the Telegram stand-in accepted, as it stands now (edits replace text and keyboard).
 *
 * @param seq order of acceptance across all chats
 * @param chatId the chat
 * @param messageId Telegram's id of the message in that chat
 * @param photo whether it was sent as a photo (with a caption)
 * @param html the text or caption, in the parse mode it was sent with
 * @param replyMarkup the inline keyboard, {@code null} when none
 * @param acceptedAt when it was accepted
 * @param edits how many times it was edited
 */
public record StandInMessage(
    long seq,
    long chatId,
    long messageId,
    boolean photo,
    String html,
    JsonObject replyMarkup,
    Instant acceptedAt,
    int edits) {

  StandInMessage edited(String newHtml, JsonObject newMarkup) {
    return new StandInMessage(
        seq,
        chatId,
        messageId,
        photo,
        newHtml == null ? html : newHtml,
        newMarkup,
        acceptedAt,
        edits + 1);
  }
}
