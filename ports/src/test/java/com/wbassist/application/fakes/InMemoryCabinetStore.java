package com.wbassist.application.fakes;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cabinets and their sync leases in memory, with the database's claiming rules. */
public final class InMemoryCabinetStore implements CabinetStore {
  private final Map<CabinetId, Cabinet> cabinets = new LinkedHashMap<>();
  private final Map<CabinetId, Instant> leases = new HashMap<>();

  @Override
  public synchronized Optional<Cabinet> find(CabinetId id) {
    return Optional.ofNullable(cabinets.get(id));
  }

  @Override
  public synchronized void save(Cabinet cabinet) {
    cabinets.put(cabinet.id(), cabinet);
  }

  @Override
  public synchronized List<Cabinet> all() {
    return List.copyOf(cabinets.values());
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
      if (cabinet.status() != CabinetStatus.TOKEN_REJECTED && due && isFree(cabinet.id(), now)) {
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
}
