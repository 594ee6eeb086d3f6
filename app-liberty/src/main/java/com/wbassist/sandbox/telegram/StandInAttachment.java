package com.wbassist.sandbox.telegram;

/**
 * The file a message carries, as the chat shows it: a photo above its caption, or a document (a
 * report) with its name. The bytes are kept apart ({@link StandInFiles}), by {@code fileId}; a
 * photo sent by a {@code file_id} the stand-in never received has none.
 *
 * @param kind photo or document
 * @param fileId Telegram's {@code file_id}
 * @param fileName the name it was uploaded with ({@code null} for a photo)
 * @param size its size in bytes, 0 when unknown
 */
public record StandInAttachment(Kind kind, String fileId, String fileName, long size) {
  /** What kind of file. */
  public enum Kind {
    PHOTO,
    DOCUMENT
  }
}
