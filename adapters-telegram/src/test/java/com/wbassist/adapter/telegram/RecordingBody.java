package com.wbassist.adapter.telegram;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request body that counts what was read of it. An endless one stands for a caller that never
 * stops sending: reading it whole would never end.
 */
final class RecordingBody extends InputStream {
  private final byte[] content;
  private final boolean endless;
  private long position;
  private boolean touched;

  private RecordingBody(byte[] content, boolean endless) {
    this.content = content;
    this.endless = endless;
  }

  static RecordingBody of(String text) {
    return new RecordingBody(text.getBytes(StandardCharsets.UTF_8), false);
  }

  /** Spaces without end. */
  static RecordingBody endless() {
    return new RecordingBody(new byte[] {' '}, true);
  }

  /** Whether any read was even attempted. */
  boolean touched() {
    return touched;
  }

  long bytesRead() {
    return position;
  }

  @Override
  public int read() {
    touched = true;
    if (!endless && position >= content.length) {
      return -1;
    }
    return content[(int) (position++ % content.length)];
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    touched = true;
    if (length == 0) {
      return 0;
    }
    int n = 0;
    while (n < length && (endless || position < content.length)) {
      into[offset + n++] = content[(int) (position++ % content.length)];
    }
    return n == 0 ? -1 : n;
  }
}
