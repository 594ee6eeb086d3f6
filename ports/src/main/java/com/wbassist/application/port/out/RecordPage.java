package com.wbassist.application.port.out;

import java.util.List;
import java.util.Optional;

/**
 * A page of records, oldest first, and where the next one starts; no next page when this one was
 * not full.
 */
public record RecordPage<T>(List<T> records, Optional<RecordCursor> next) {
  public RecordPage {
    records = List.copyOf(records);
  }
}
