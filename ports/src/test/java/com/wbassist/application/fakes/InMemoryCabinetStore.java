package com.wbassist.application.fakes;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
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
 * Cabinets and their sync leases in memory, with the database's claiming rules — and its way with a
 * stored token that no longer opens: the cabinet is read marked {@code TOKEN_UNREADABLE}, while the
 * stored status (which claiming goes by) stays until the cabinet is saved.
 */
public final class InMemoryCabinetStore implements CabinetStore {
  private final Map<CabinetId, Cabinet> cabinets = new LinkedHashMap<>();
  private final Map<CabinetId, Instant> leases = new HashMap<>();
  private final Set<CabinetId> unreadable = new HashSet<>();

  /** The cabinet's stored token no longer opens, as one sealed with another key does. */
  public synchronized void makeTokenUnreadable(CabinetId id) {
    unreadable.add(id);
  }

  @Override
  public synchronized Optional<Cabinet> find(CabinetId id) {
    return Optional.ofNullable(cabinets.get(id)).map(this::asRead);
  }

  @Override
  public synchronized void save(Cabinet cabinet) {
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
  public synchronized List<Cabinet> all() {
    return cabinets.values().stream().map(this::asRead).toList();
  }

  @Override
  public synchronized List<CabinetId> claimDue(
      Instant now, Duration interval, Duration lease, int max) {
    List<CabinetId> claimed = new ArrayList<>();
    for (Cabinet cabinet : cabinets.values()) {
      if (claimed.size() == max) {
        break;
      }
      boolean due =
          cabinet.lastSyncAt() == null || !cabinet.lastSyncAt().plus(interval).isAfter(now);
      if (!cabinet.needsNewToken() && due && isFree(cabinet.id(), now)) {
        leases.put(cabinet.id(), now.plus(lease));
        claimed.add(cabinet.id());
      }
    }
    return claimed;
  }

  @Override
  public synchronized boolean claim(CabinetId id, Instant now, Duration lease) {
    if (!cabinets.containsKey(id) || !isFree(id, now)) {
      return false;
    }
    leases.put(id, now.plus(lease));
    return true;
  }

  @Override
  public synchronized void release(CabinetId id) {
    leases.remove(id);
  }

  private boolean isFree(CabinetId id, Instant now) {
    Instant until = leases.get(id);
    return until == null || !until.isAfter(now);
  }

  private Cabinet asRead(Cabinet stored) {
    if (!unreadable.contains(stored.id())) {
      return stored;
    }
    return new Cabinet(
        stored.id(),
        stored.shopName(),
        null,
        stored.tokenExpiresAt(),
        CabinetStatus.TOKEN_UNREADABLE,
        stored.createdAt(),
        stored.primarySyncedAt(),
        stored.lastSyncAt(),
        stored.lastError());
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
