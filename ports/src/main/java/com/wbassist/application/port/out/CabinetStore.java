package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored cabinets, their (encrypted) tokens, and the sync leases that keep two servers from syncing
 * one cabinet at once: a lease expires by itself, so a dead server's cabinets are taken over.
 */
public interface CabinetStore {
  Optional<Cabinet> find(CabinetId id);

  void save(Cabinet cabinet);

  List<Cabinet> all();

  /**
   * Leases up to {@code max} cabinets whose sync is due — not refused by WB, never synced or last
   * synced at least {@code interval} ago, and not leased by anyone now — until {@code now + lease}.
   */
  List<CabinetId> claimDue(Instant now, Duration interval, Duration lease, int max);

  /** Leases one cabinet whatever its schedule, unless someone holds it now. */
  boolean claim(CabinetId id, Instant now, Duration lease);

  void release(CabinetId id);
}
