package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.ApiToken;
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
 * releases, or lets a pass write ({@link #recordPass}, and the market stores' batches), so a pass
 * that outlived its lease is refused once another has claimed the cabinet.
 */
public interface CabinetStore {
  Optional<Cabinet> find(CabinetId id);

  /** Saves a cabinet outside any sync pass (onboarding, a new token); the lease stays as it is. */
  void save(Cabinet cabinet);

  /**
   * Stores a cabinet that did not exist, already leased to the caller until {@code now + hold}
   * (under a new epoch), in one write: no pass can start on it before its connector has done what
   * must come first (the seller who connected it waits for its first sync) and {@link #release}s
   * it. A connector that dies holding it delays the first sync by {@code hold} at most.
   *
   * <p>Fails (as any store does, with its own unchecked exception) when a cabinet with this id
   * exists: someone connected it a moment earlier, and a retry finds it.
   */
  SyncLease connect(Cabinet cabinet, Instant now, Duration hold);

  /**
   * A seller sent a new token for a cabinet that exists: {@link Cabinet#withNewToken} applied to
   * the cabinet as it is stored at that moment, in one transaction holding its row — so what a sync
   * pass recorded meanwhile (its status, first sync, last sync) is kept, not overwritten with what
   * onboarding read before. The lease stays as it is.
   *
   * @return the cabinet as stored afterwards; empty when there is no such cabinet
   */
  Optional<Cabinet> acceptToken(CabinetId id, ApiToken token, Instant expiresAt, String shopName);

  /**
   * Records how a sync pass ended — only the columns the pass owns (status, primary sync time, last
   * sync time, last error; never the token, its expiry or the shop name, which a seller may have
   * replaced meanwhile) — only while {@code lease} is still the cabinet's, renewing it to {@code
   * lease.until()}, in one transaction. A pause for a refused token is recorded only if the stored
   * token is still {@link PassOutcome#tokenUsed()}; a pause for an unreadable one only if the
   * stored token still cannot be read: a token sent meanwhile is not paused for its predecessor.
   *
   * @return whether the outcome was recorded; {@code false} only when such a pause no longer
   *     applies (nothing is written then)
   * @throws LeaseLostException when another claim took the cabinet or the lease was released;
   *     nothing is written
   */
  boolean recordPass(SyncLease lease, PassOutcome outcome);

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
