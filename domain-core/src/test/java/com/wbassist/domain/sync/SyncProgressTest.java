package com.wbassist.domain.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyncProgressTest {
  @Test
  @DisplayName("progress counts finished streams and the way into the current one")
  void percent() {
    SyncProgress progress = SyncProgress.starting();
    assertEquals(0, progress.percent());
    progress = progress.streamDone(10);
    assertEquals(20, progress.percent());
    assertEquals(SyncStream.ORDERS, progress.current());
    assertEquals(30, progress.within(SyncStream.ORDERS, 0.5, 500).percent());
    for (int i = 0; i < 4; i++) {
      progress = progress.streamDone(10);
    }
    assertEquals(100, progress.percent());
  }
}
