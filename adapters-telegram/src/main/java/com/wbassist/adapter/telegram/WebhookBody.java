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

  private WebhookBody() {}

  /** True when the declared {@code Content-Length} alone says the body is too large. */
  static boolean declaredTooLarge(OptionalLong contentLength) {
    return contentLength.isPresent() && contentLength.getAsLong() > MAX_BYTES;
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
