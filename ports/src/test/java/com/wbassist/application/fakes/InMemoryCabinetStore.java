package com.wbassist.application.fakes;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.LeaseLostException;
import com.wbassist.application.port.out.PassOutcome;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.sync.SyncLease;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cabinets and their sync leases in memory, with the database's claiming and fencing rules (every
 * claim raises the cabinet's epoch; only the current epoch's lease renews, releases or writes) —
 * and its way with a stored token that no longer opens: the cabinet is read marked {@code
 * TOKEN_UNREADABLE}, while the stored status (which claiming goes by) stays until the cabinet is
 * saved. The market stores and the run log fake write under a lease through {@link #whileHeld}.
 */
public final class InMemoryCabinetStore implements CabinetStore {
  private final Map<CabinetId, Cabinet> cabinets = new LinkedHashMap<>();
  private Runnable afterNextFind;
  private Runnable afterNextStore;

  /** The epoch of each cabinet's last claim. */
  private final Map<CabinetId, Long> epochs = new HashMap<>();

  /** Until when the last claim's lease runs; absent once released. */
  private final Map<CabinetId, Instant> leases = new HashMap<>();

  private final Set<CabinetId> unreadable = new HashSet<>();

  /** The cabinet's stored token no longer opens, as one sealed with another key does. */
  public synchronized void makeTokenUnreadable(CabinetId id) {
    unreadable.add(id);
  }

  @Override
  public synchronized Optional<Cabinet> find(CabinetId id) {
    Optional<Cabinet> found = Optional.ofNullable(cabinets.get(id)).map(this::asRead);
    Runnable meanwhile = afterNextFind;
    if (meanwhile != null) {
      afterNextFind = null;
      meanwhile.run();
    }
    return found;
  }

  /**
   * Runs {@code meanwhile} once, right after the next read of a cabinet — what another path does
   * between a reader's read and its write.
   */
  public synchronized void afterNextFind(Runnable meanwhile) {
    afterNextFind = meanwhile;
  }

  @Override
  public synchronized Optional<Cabinet> acceptToken(
      CabinetId id, ApiToken token, Instant expiresAt, String shopName) {
    Optional<Cabinet> accepted =
        find(id).map(stored -> stored.withNewToken(token, expiresAt, shopName));
    accepted.ifPresent(this::store);
    return accepted;
  }

  @Override
  public void save(Cabinet cabinet) {
    store(cabinet);
    runAfterNextStore();
  }

  private synchronized void store(Cabinet cabinet) {
    Cabinet stored = cabinet;
    if (cabinet.token() == null) {
      // Nothing readable to store: the old sealed token stays, as the database keeps its bytes.
      Cabinet before = cabinets.get(cabinet.id());
      if (before == null) {
        throw new IllegalArgumentException("cabinet " + cabinet.id() + " has no token to store");
      }
      stored = withToken(cabinet, before);
    } else {
      unreadable.remove(cabinet.id());
    }
    cabinets.put(cabinet.id(), stored);
  }

  @Override
  public SyncLease connect(Cabinet cabinet, Instant now, Duration hold) {
    SyncLease held;
    synchronized (this) {
      if (cabinets.containsKey(cabinet.id())) {
        throw new IllegalStateException("cabinet " + cabinet.id() + " exists");
      }
      store(cabinet);
      held = lease(cabinet.id(), now.plus(hold));
    }
    runAfterNextStore();
    return held;
  }

  /**
   * Runs {@code meanwhile} once, right after the next cabinet is stored by {@link #save} or {@link
   * #connect} — what a sync timer may do the moment a new cabinet exists.
   */
  public synchronized void afterNextStore(Runnable meanwhile) {
    afterNextStore = meanwhile;
  }

  private void runAfterNextStore() {
    Runnable meanwhile;
    synchronized (this) {
      meanwhile = afterNextStore;
      afterNextStore = null;
    }
    if (meanwhile != null) {
      meanwhile.run();
    }
  }

  @Override
  public synchronized boolean recordPass(SyncLease lease, PassOutcome outcome) {
    boolean[] recorded = {false};
    whileHeld(
        lease,
        () -> {
          Cabinet stored = cabinets.get(lease.cabinet());
          boolean stillApplies =
              switch (outcome.kind()) {
                case TOKEN_REJECTED ->
                    !unreadable.contains(stored.id()) && outcome.tokenUsed().equals(stored.token());
                case TOKEN_UNREADABLE -> unreadable.contains(stored.id());
                default -> true;
              };
          if (!stillApplies) {
            return;
          }
          // Only the pass's own fields change; token, expiry and shop name stay as stored.
          CabinetStatus status = outcome.statusOver(stored.status());
          Instant primarySyncedAt = outcome.primarySyncedAt();
          cabinets.put(
              stored.id(),
              new Cabinet(
                  stored.id(),
                  stored.shopName(),
                  stored.token(),
                  stored.tokenExpiresAt(),
                  status == null ? stored.status() : status,
                  stored.createdAt(),
                  primarySyncedAt == null ? stored.primarySyncedAt() : primarySyncedAt,
                  outcome.at(),
                  outcome.error()));
          recorded[0] = true;
        });
    return recorded[0];
  }

  /**
   * Runs a write under a lease, as the database's transaction does: only while the lease is the
   * cabinet's current one, renewing it to {@code lease.until()}; nothing runs otherwise.
   *
   * @throws LeaseLostException when the lease is not the cabinet's any more
   */
  public synchronized void whileHeld(SyncLease lease, Runnable write) {
    if (!isHeld(lease)) {
      throw new LeaseLostException(lease);
    }
    leases.put(lease.cabinet(), lease.until());
    write.run();
  }

  @Override
  public synchronized List<Cabinet> all() {
    return cabinets.values().stream().map(this::asRead).toList();
  }

  @Override
  public synchronized List<SyncLease> claimDue(
      Instant now, Duration interval, Duration lease, int max) {
    List<SyncLease> claimed = new ArrayList<>();
    for (Cabinet cabinet : cabinets.values()) {
      if (claimed.size() == max) {
        break;
      }
      boolean due =
          cabinet.lastSyncAt() == null || !cabinet.lastSyncAt().plus(interval).isAfter(now);
      if (!cabinet.needsNewToken() && due && isFree(cabinet.id(), now)) {
        claimed.add(lease(cabinet.id(), now.plus(lease)));
      }
    }
    return claimed;
  }

  @Override
  public synchronized Optional<SyncLease> claim(CabinetId id, Instant now, Duration lease) {
    if (!cabinets.containsKey(id) || !isFree(id, now)) {
      return Optional.empty();
    }
    return Optional.of(lease(id, now.plus(lease)));
  }

  @Override
  public synchronized boolean renew(SyncLease lease, Instant until) {
    if (!isHeld(lease)) {
      return false;
    }
    leases.put(lease.cabinet(), until);
    return true;
  }

  @Override
  public synchronized boolean release(SyncLease lease) {
    if (!isHeld(lease)) {
      return false;
    }
    leases.remove(lease.cabinet());
    return true;
  }

  private SyncLease lease(CabinetId id, Instant until) {
    long epoch = epochs.merge(id, 1L, Long::sum);
    leases.put(id, until);
    return new SyncLease(id, epoch, until);
  }

  /** Not released, and nobody claimed the cabinet since — however late it is. */
  private boolean isHeld(SyncLease lease) {
    return Long.valueOf(lease.epoch()).equals(epochs.get(lease.cabinet()))
        && leases.containsKey(lease.cabinet());
  }

  private boolean isFree(CabinetId id, Instant now) {
    Instant until = leases.get(id);
    return until == null || !until.isAfter(now);
  }

  private Cabinet asRead(Cabinet stored) {
    return unreadable.contains(stored.id()) ? stored.readWithoutToken() : stored;
  }

  private static Cabinet withToken(Cabinet cabinet, Cabinet before) {
    return new Cabinet(
        cabinet.id(),
        cabinet.shopName(),
        before.token(),
        cabinet.tokenExpiresAt(),
        cabinet.status(),
        cabinet.createdAt(),
        cabinet.primarySyncedAt(),
        cabinet.lastSyncAt(),
        cabinet.lastError());
  }
}
