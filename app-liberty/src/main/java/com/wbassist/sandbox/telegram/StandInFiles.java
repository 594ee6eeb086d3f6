package com.wbassist.sandbox.telegram;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files sent to the stand-in (photos, reports), by {@code file_id}, so a page can show the
 * photo and download the report. Bounded by total size: the oldest go first — a chat showing an old
 * message without its picture is better than a sandbox that fills its heap with reports.
 */
final class StandInFiles {
  /** The bytes of one file, with the name and type it was sent with. */
  record StoredFile(String fileName, String contentType, byte[] bytes) {}

  private final long maxBytes;
  private final Map<String, StoredFile> files = new LinkedHashMap<>();
  private long bytes;

  StandInFiles(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  synchronized void keep(String fileId, StoredFile file) {
    StoredFile replaced = files.put(fileId, file);
    bytes += file.bytes().length - (replaced == null ? 0 : replaced.bytes().length);
    Iterator<StoredFile> oldest = files.values().iterator();
    while (bytes > maxBytes && oldest.hasNext()) {
      StoredFile gone = oldest.next();
      if (gone == file) {
        break; // the newest file stays, even alone above the bound
      }
      bytes -= gone.bytes().length;
      oldest.remove();
    }
  }

  synchronized Optional<StoredFile> find(String fileId) {
    return Optional.ofNullable(files.get(fileId));
  }

  /**
   * The type a photo's bytes say, not the name it came with: the WB sandbox draws PNGs named {@code
   * .webp}, and the page's server answers with {@code nosniff}.
   */
  static String imageType(byte[] bytes) {
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (startsWith(bytes, 0xFF, 0xD8)) {
      return "image/jpeg";
    }
    if (startsWith(bytes, 'G', 'I', 'F')) {
      return "image/gif";
    }
    if (bytes.length > 12 && startsWith(bytes, 'R', 'I', 'F', 'F') && bytes[8] == 'W') {
      return "image/webp";
    }
    return "application/octet-stream";
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
