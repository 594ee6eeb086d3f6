package com.wbassist.application.port.out;

import java.util.EnumMap;
import java.util.Map;

/**
 * Rows pruned, per kind.
 *
 * @param pruned how many of each kind went; kinds absent pruned nothing
 */
public record PruneReport(Map<Prunable, Long> pruned) {
  public PruneReport {
    pruned = Map.copyOf(pruned);
  }

  public static PruneReport nothing() {
    return new PruneReport(Map.of());
  }

  public long of(Prunable kind) {
    return pruned.getOrDefault(kind, 0L);
  }

  public long total() {
    return pruned.values().stream().mapToLong(Long::longValue).sum();
  }

  public PruneReport plus(PruneReport other) {
    Map<Prunable, Long> sum = new EnumMap<>(Prunable.class);
    sum.putAll(pruned);
    other.pruned.forEach((kind, count) -> sum.merge(kind, count, Long::sum));
    return new PruneReport(sum);
  }

  /** Whether some kind filled its batch, so more of it may be waiting. */
  public boolean mayHaveMore(int batch) {
    return pruned.entrySet().stream().anyMatch(e -> e.getKey().batched() && e.getValue() >= batch);
  }
}
