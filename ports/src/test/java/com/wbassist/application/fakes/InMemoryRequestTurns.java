package com.wbassist.application.fakes;

import com.wbassist.application.port.out.RequestTurns;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Request turns in memory, with the same rule as the database's. */
public final class InMemoryRequestTurns implements RequestTurns {
  private final Map<String, RequestTurn> turns = new HashMap<>();

  @Override
  public synchronized Optional<RequestTurn> last(CabinetId cabinet, SyncStream stream) {
    return Optional.ofNullable(turns.get(cabinet.sid() + "/" + stream));
  }

  @Override
  public synchronized void readToTheEnd(CabinetId cabinet, SyncStream stream) {
    turns.computeIfPresent(
        cabinet.sid() + "/" + stream,
        (key, last) -> new RequestTurn(last.nextAt(), last.taken(), true));
  }

  @Override
  public synchronized boolean take(
      CabinetId cabinet, SyncStream stream, Instant now, Instant nextAt) {
    String key = cabinet.sid() + "/" + stream;
    RequestTurn last = turns.get(key);
    if (last != null && last.nextAt().isAfter(now)) {
      return false;
    }
    turns.put(key, new RequestTurn(nextAt, last == null ? 1 : last.taken() + 1, false));
    return true;
  }
}
