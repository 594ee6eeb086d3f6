package com.wbassist.application.service;

import com.wbassist.application.port.out.WbAccess;
import com.wbassist.domain.detection.DetectionContext;
import com.wbassist.domain.sync.SyncProgress;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What one stream's sync needs to know about the pass: the WB access, how detection judges rows,
 * and where to report progress after every stored page.
 */
record StreamSyncContext(
    WbAccess access,
    DetectionContext detection,
    SyncProgress progress,
    Consumer<SyncProgress> onProgress) {

  Instant now() {
    return detection.now();
  }
}
