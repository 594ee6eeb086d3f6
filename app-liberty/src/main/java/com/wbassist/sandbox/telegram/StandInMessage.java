package com.wbassist.sandbox.telegram;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * A message of a stand-in chat, as it stands now (edits replace text and keyboard): one the bot
 * sent, or one the seller wrote to the bot.
 *
 * @param seq order of acceptance across all chats
 * @param chatId the chat
 * @param messageId Telegram's id of the message in that chat (bot and seller count on one line, as
 *     in Telegram)
 * @param from who wrote it
 * @param html the text or caption, in the parse mode it was sent with (the seller's as typed)
 * @param replyMarkup the inline keyboard, {@code null} when none
 * @param attachment the photo or document it carries, {@code null} for a plain text
 * @param acceptedAt when it was accepted
 * @param edits how many times it was edited
 */
public record StandInMessage(
    long seq,
    long chatId,
    long messageId,
    Sender from,
    String html,
    JsonObject replyMarkup,
    StandInAttachment attachment,
    Instant acceptedAt,
    int edits) {

  /** Who wrote a message. */
  public enum Sender {
    BOT,
    SELLER
  }

  /** Whether it was sent as a photo (with a caption). */
  public boolean photo() {
    return attachment != null && attachment.kind() == StandInAttachment.Kind.PHOTO;
  }

  /**
   * Whether its text is a caption (under a photo or a document), edited with editMessageCaption.
   */
  public boolean captioned() {
    return attachment != null;
  }

  public boolean fromBot() {
    return from == Sender.BOT;
  }

  StandInMessage edited(String newHtml, JsonObject newMarkup) {
    return new StandInMessage(
        seq,
        chatId,
        messageId,
        from,
        newHtml == null ? html : newHtml,
        newMarkup,
        attachment,
        acceptedAt,
        edits + 1);
  }
}
