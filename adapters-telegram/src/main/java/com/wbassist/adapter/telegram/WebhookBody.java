package com.wbassist.adapter.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A webhook body, read only after the secret has been checked and never past {@link #MAX_BYTES}:
 * Telegram's updates are a few kilobytes, so anything near a mebibyte is not Telegram, and reading
 * it whole would let one caller fill the heap.
 */
final class WebhookBody {
  /** 1 MiB. */
  static final int MAX_BYTES = 1024 * 1024;

  /**
   * Objects and arrays in objects and arrays: Telegram's updates go about ten deep. A body nested
   * deeper is no update, and is not handed to the JSON provider at all — providers differ in how
   * they refuse deep nesting (an exception of any kind, or the stack running out).
   */
  static final int MAX_DEPTH = 64;

  private WebhookBody() {}

  /** True when the declared {@code Content-Length} alone says the body is too large. */
  static boolean declaredTooLarge(OptionalLong contentLength) {
    return contentLength.isPresent() && contentLength.getAsLong() > MAX_BYTES;
  }

  /**
   * Whether the body opens more than {@code maxDepth} objects or arrays inside each other, outside
   * strings: one pass over the bytes, nothing parsed.
   */
  static boolean nestedDeeperThan(byte[] body, int maxDepth) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        if (++depth > maxDepth) {
          return true;
        }
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    return false;
  }

  /**
   * The body's bytes, or empty when it is over the limit — found by reading at most one byte past
   * it, so a body without a {@code Content-Length} (chunked) cannot make us buffer more either.
   */
  static Optional<byte[]> read(InputStream body) throws IOException {
    if (body == null) {
      return Optional.of(new byte[0]);
    }
    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
    return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
  }
}
