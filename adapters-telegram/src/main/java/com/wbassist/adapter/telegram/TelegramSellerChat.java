package com.wbassist.adapter.telegram;

import com.wbassist.application.port.out.ChatDeliveryException;
import com.wbassist.application.port.out.ChatDocument;
import com.wbassist.application.port.out.ChatUnreachableException;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.Keyboard;
import com.wbassist.domain.notification.Notification;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.util.List;

/**
 * The bot's voice over the Telegram Bot API. One instance per bot: its pacer is what keeps every
 * message — replies, edits, notifications — under Telegram's global and per-chat limits. A text
 * over 4096 characters goes as several messages (the keyboard under the last); a notification whose
 * text does not fit a caption goes as the photo followed by the text.
 */
public final class TelegramSellerChat implements SellerChat {
  private static final Logger LOG = System.getLogger(TelegramSellerChat.class.getName());

  private final BotApiMethods api;
  private final NotificationPhotos photos;

  public TelegramSellerChat(BotApiSettings settings) {
    this(settings, BotApiMethods.httpClient(settings), Ticker.SYSTEM);
  }

  TelegramSellerChat(BotApiSettings settings, HttpClient http, Ticker ticker) {
    this.api = BotApiMethods.connect(settings, http, ticker);
    this.photos =
        new NotificationPhotos(
            api,
            new PhotoSource(
                PhotoSource.httpClient(settings.requestTimeout()),
                PhotoHosts.of(settings.photoHosts()),
                settings.requestTimeout()),
            new PhotoFileIds(settings.photoCacheSize()));
  }

  @Override
  public long send(long chatId, ChatMessage message) {
    return sendText(chatId, message.html(), message.keyboard());
  }

  @Override
  public long sendNotification(long chatId, Notification notification) {
    ChatMessage message = notification.message();
    if (notification.photo().isEmpty()) {
      return send(chatId, message);
    }
    boolean fitsCaption = HtmlChunks.visibleLength(message.html()) <= Notification.MAX_CAPTION;
    try {
      if (fitsCaption) {
        return photos.send(chatId, notification.photoUrl(), message.html(), message.keyboard());
      }
      // Too long for a caption: the photo alone, then the whole text under it with the keyboard.
      photos.send(chatId, notification.photoUrl(), null, Keyboard.none());
    } catch (PhotoUnavailable | ChatDeliveryException photoFailed) {
      LOG.log(
          Level.INFO,
          () -> "photo not sent to chat " + chatId + ", sending text: " + photoFailed.getMessage());
    }
    return send(chatId, message);
  }

  @Override
  public void edit(long chatId, long messageId, ChatMessage message) {
    List<String> pieces = HtmlChunks.split(message.html(), HtmlChunks.MESSAGE_LIMIT);
    Keyboard first = pieces.size() == 1 ? message.keyboard() : Keyboard.none();
    editInPlace(chatId, messageId, pieces.get(0), first);
    if (pieces.size() > 1) {
      sendPieces(chatId, pieces.subList(1, pieces.size()), message.keyboard());
    }
  }

  @Override
  public void answerButton(String callbackId, String text) {
    try {
      api.answerCallbackQuery(callbackId, text);
    } catch (ChatDeliveryException failed) {
      // The spinner stops by itself after a while; what the press changed is shown by the edit that
      // follows.
      LOG.log(Level.INFO, () -> "button press not answered: " + failed.getMessage());
    }
  }

  @Override
  public void delete(long chatId, long messageId) {
    bestEffort(chatId, messageId, "deleted", () -> api.deleteMessage(chatId, messageId));
  }

  @Override
  public void pin(long chatId, long messageId) {
    bestEffort(chatId, messageId, "pinned", () -> api.pinChatMessage(chatId, messageId));
  }

  @Override
  public void unpin(long chatId, long messageId) {
    bestEffort(chatId, messageId, "unpinned", () -> api.unpinChatMessage(chatId, messageId));
  }

  /** A change to a message the chat goes on without: failing to make it is logged, not thrown. */
  private static void bestEffort(long chatId, long messageId, String done, Runnable change) {
    try {
      change.run();
    } catch (ChatDeliveryException | ChatUnreachableException failed) {
      LOG.log(
          Level.INFO,
          () ->
              "message "
                  + messageId
                  + " in chat "
                  + chatId
                  + " not "
                  + done
                  + ": "
                  + failed.getMessage());
    }
  }

  @Override
  public long sendDocument(long chatId, ChatDocument document) {
    return api.sendDocument(
        chatId,
        document.fileName(),
        document.contentType(),
        document.content(),
        document.caption().html(),
        document.caption().keyboard());
  }

  private void editInPlace(long chatId, long messageId, String html, Keyboard keyboard) {
    try {
      api.editMessageText(chatId, messageId, html, keyboard);
    } catch (BotApiRejection refused) {
      if (refused.says("message is not modified")) {
        return;
      }
      if (refused.says("no text in the message")) {
        editCaption(chatId, messageId, html, keyboard);
      } else if (refused.says("message to edit not found")
          || refused.says("message can't be edited")) {
        api.sendMessage(chatId, html, keyboard);
      } else {
        throw refused;
      }
    }
  }

  /**
   * A photo message has a caption, not a text; a text too long for a caption changes only the
   * keyboard.
   */
  private void editCaption(long chatId, long messageId, String html, Keyboard keyboard) {
    try {
      if (HtmlChunks.visibleLength(html) <= Notification.MAX_CAPTION) {
        api.editMessageCaption(chatId, messageId, html, keyboard);
      } else {
        api.editMessageReplyMarkup(chatId, messageId, keyboard);
      }
    } catch (BotApiRejection refused) {
      if (!refused.says("message is not modified")) {
        throw refused;
      }
    }
  }

  private long sendText(long chatId, String html, Keyboard keyboard) {
    return sendPieces(chatId, HtmlChunks.split(html, HtmlChunks.MESSAGE_LIMIT), keyboard);
  }

  private long sendPieces(long chatId, List<String> pieces, Keyboard keyboard) {
    long id = 0;
    for (int i = 0; i < pieces.size(); i++) {
      id =
          api.sendMessage(
              chatId, pieces.get(i), i == pieces.size() - 1 ? keyboard : Keyboard.none());
    }
    return id;
  }
}
