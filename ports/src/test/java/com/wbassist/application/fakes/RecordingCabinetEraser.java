package com.wbassist.application.fakes;

import com.wbassist.application.port.out.CabinetEraser;
import com.wbassist.application.port.out.ErasedRows;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records what it was asked to erase and answers as the database would count it (the cabinet, the
 * people); a cabinet a test marks as syncing is refused.
 */
public final class RecordingCabinetEraser implements CabinetEraser {
  /** One erasure asked for. */
  public record Erasure(CabinetId cabinet, Set<Long> telegramIds) {}

  private final List<Erasure> erased = new ArrayList<>();
  private final Set<CabinetId> syncing = new HashSet<>();

  public synchronized void syncing(CabinetId cabinet) {
    syncing.add(cabinet);
  }

  public synchronized List<Erasure> erased() {
    return List.copyOf(erased);
  }

  @Override
  public synchronized Optional<ErasedRows> erase(
      CabinetId cabinet, Collection<Long> telegramIds, Instant now) {
    if (syncing.contains(cabinet)) {
      return Optional.empty();
    }
    erased.add(new Erasure(cabinet, Set.copyOf(telegramIds)));
    return Optional.of(
        new ErasedRows(Map.of("cabinets", 1L, "sellers", (long) telegramIds.size())));
  }
}
