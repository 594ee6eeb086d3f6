package com.wbassist.adapter.telegram;

import com.wbassist.adapter.telegram.BotApiMethods.PhotoUpload;
import com.wbassist.adapter.telegram.BotApiMethods.SentPhoto;
import com.wbassist.domain.chat.Keyboard;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Sends a card photo: by the {@code file_id} Telegram gave it the first time, else by uploading its
 * bytes. A {@code file_id} Telegram no longer takes is forgotten and the photo uploaded again.
 */
final class NotificationPhotos {
  private static final Logger LOG = System.getLogger(NotificationPhotos.class.getName());

  private final BotApiMethods api;
  private final PhotoSource source;
  private final PhotoFileIds fileIds;

  NotificationPhotos(BotApiMethods api, PhotoSource source, PhotoFileIds fileIds) {
    this.api = api;
    this.source = source;
    this.fileIds = fileIds;
  }

  /**
   * @param captionHtml the caption, {@code null} for none
   * @return the photo message's id
   * @throws PhotoUnavailable when the photo cannot be downloaded, or may not be (its host is not
   *     allowed)
   */
  long send(long chatId, String photoUrl, String captionHtml, Keyboard keyboard) {
    Optional<String> known = fileIds.find(photoUrl);
    if (known.isPresent()) {
      try {
        return api.sendPhoto(chatId, known.get(), captionHtml, keyboard).messageId();
      } catch (BotApiRejection stale) {
        LOG.log(
            Level.INFO,
            () -> "a cached file_id was refused, uploading again: " + stale.getMessage());
        fileIds.forget(photoUrl);
      }
    }
    PhotoUpload upload =
        source
            .download(photoUrl)
            .orElseThrow(() -> new PhotoUnavailable("the card photo could not be downloaded"));
    SentPhoto sent = api.sendPhoto(chatId, upload, captionHtml, keyboard);
    fileIds.remember(photoUrl, sent.fileId());
    return sent.messageId();
  }

  int cachedFileIds() {
    return fileIds.size();
  }
}
