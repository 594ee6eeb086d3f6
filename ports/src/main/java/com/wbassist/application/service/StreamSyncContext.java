package com.wbassist.application.service;

import com.wbassist.application.port.out.WbAccess;
import com.wbassist.domain.detection.DetectionContext;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.sync.SyncProgress;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one stream's sync needs to know about the pass: the WB access, how detection judges rows,
 * the pass's lease (every page is stored under it, renewed), where to report progress after every
 * stored page, and where to report a second whose rows WB could not page past (orders and sales),
 * as soon as the cursor has stepped past it; and the WB requests the stream may make this pass
 * (asked before each one).
 */
record StreamSyncContext(
    WbAccess access,
    DetectionContext detection,
    HeldLease lease,
    SyncProgress progress,
    Consumer<SyncProgress> onProgress,
    Consumer<Instant> onPossiblyMissed,
    StreamRequests requests,
    CatchUp catchUp) {

  StreamSyncContext(
      WbAccess access,
      DetectionContext detection,
      HeldLease lease,
      SyncProgress progress,
      Consumer<SyncProgress> onProgress,
      Consumer<Instant> onPossiblyMissed,
      StreamRequests requests) {
    this(
        access, detection, lease, progress, onProgress, onPossiblyMissed, requests, CatchUp.none());
  }

  /** What of a page's events goes into the outbox: all, or none in a catch-up pass. */
  List<MarketEvent> toStore(List<MarketEvent> detected) {
    return catchUp.toStore(detected);
  }

  Instant now() {
    return detection.now();
  }
}
