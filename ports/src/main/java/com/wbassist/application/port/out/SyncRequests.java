package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;

/**
 * Asks for a cabinet to be synced soon, without waiting for the timer (a new cabinet's primary
 * sync).
 */
public interface SyncRequests {
  void syncSoon(CabinetId cabinet);
}
