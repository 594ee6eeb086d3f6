package com.wbassist.application.port.in;

import java.util.List;

/**
 * The timer's use case: claim every cabinet whose sync is due (with a lease) and sync each once.
 */
public interface SyncDueCabinets {
  List<SyncReport> syncDue();
}
