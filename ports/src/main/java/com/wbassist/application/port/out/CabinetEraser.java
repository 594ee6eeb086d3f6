package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Erases a cabinet and everything stored for it, for good. */
public interface CabinetEraser {
  /**
   * Erases, in one transaction, the cabinet, its market rows, cursors, events, their deliveries,
   * its sync runs, the sellers linked to it and the given people (their deliveries and token
   * attempts too) — unless a sync pass holds the cabinet's lease at {@code now}: then nothing.
   *
   * @return what was erased; empty when a sync holds the cabinet
   */
  Optional<ErasedRows> erase(CabinetId cabinet, Collection<Long> telegramIds, Instant now);
}
