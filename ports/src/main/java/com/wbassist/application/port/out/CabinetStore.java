package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncLease;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored cabinets, their (encrypted) tokens, and the sync leases that keep two servers from syncing
 * one cabinet at once: a lease expires by itself, so a dead server's cabinets are taken over. Every
 * claim raises the cabinet's lease epoch, which names the owner: only the owner's lease renews,
 * releases, or lets a pass write ({@link #save(Cabinet, SyncLease)}, and the market stores'
 * batches), so a pass that outlived its lease is refused once another has claimed the cabinet.
 */
public interface CabinetStore {
  Optional<Cabinet> find(CabinetId id);

  /** Saves a cabinet outside any sync pass (onboarding, a new token); the lease stays as it is. */
  void save(Cabinet cabinet);

  /**
   * Saves what a sync pass learned of its cabinet (status, last sync, last error) only while {@code
   * lease} is still the cabinet's, renewing it to {@code lease.until()} — one transaction.
   *
   * @throws LeaseLostException when another claim took the cabinet or the lease was released;
   *     nothing is saved
   */
  void save(Cabinet cabinet, SyncLease lease);

  List<Cabinet> all();

  /**
   * Leases up to {@code max} cabinets whose sync is due — not refused by WB, never synced or last
   * synced at least {@code interval} ago, and not leased by anyone now — until {@code now + lease},
   * oldest-due first, each under a new epoch.
   */
  List<SyncLease> claimDue(Instant now, Duration interval, Duration lease, int max);

  /**
   * Leases one cabinet whatever its schedule, under a new epoch; empty when someone holds it now or
   * it is unknown.
   */
  Optional<SyncLease> claim(CabinetId id, Instant now, Duration lease);

  /**
   * Moves the lease's expiry to {@code until}, only if it is still the cabinet's lease (not
   * released, not claimed again by anyone since). Expiry alone does not lose a lease: an owner
   * whose lease ran out renews it as long as nobody claimed the cabinet meanwhile.
   *
   * @return whether it did
   */
  boolean renew(SyncLease lease, Instant until);

  /**
   * Frees the cabinet, only if {@code lease} is still its lease: a stale owner releases nothing.
   *
   * @return whether it did
   */
  boolean release(SyncLease lease);
}
