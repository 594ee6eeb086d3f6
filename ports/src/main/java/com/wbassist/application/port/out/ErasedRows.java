package com.wbassist.application.port.out;

import java.util.Map;
import java.util.TreeMap;

/**
 * What an erasure removed: rows per kind of record (cabinets, sellers, orders, outbox events...),
 * for the operator who asked.
 */
public record ErasedRows(Map<String, Long> rows) {
  public ErasedRows {
    rows = Map.copyOf(rows);
  }

  /** In a stable order, for answers and logs. */
  public Map<String, Long> sorted() {
    return new TreeMap<>(rows);
  }
}
