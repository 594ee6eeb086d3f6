package com.wbassist.application.service;

import com.wbassist.domain.sync.SyncStream;

/**
 * Syncs one stream of one cabinet for one pass, page by page, each page stored with its events
 * atomically.
 */
interface StreamSync {
  SyncStream stream();

  StreamResult sync(StreamSyncContext context);
}
