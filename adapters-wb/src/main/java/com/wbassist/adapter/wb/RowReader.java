package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the row objects of one page, one at a time ({@link JsonValues#rows}). When a row cannot be
 * read, the page asks what of it was read before the problem — its key, its {@code lastChangeDate}
 * — to say which row it set aside; so a reader keeps what it has read of the current row where it
 * can still be asked, until {@link #startRow} begins the next.
 */
interface RowReader<T> {
  /** A new row begins: forget what was read of the last one. */
  void startRow();

  /** Reads one row; the parser stands on its {@code START_OBJECT} and ends on its END_OBJECT. */
  T read(JsonParser parser) throws IOException;

  /** The key of the row being read, when it was read before the problem; {@code ""} otherwise. */
  String keyRead();

  /** The row's {@code lastChangeDate}, when it was read before the problem (orders and sales). */
  default Optional<Instant> changeRead() {
    return Optional.empty();
  }
}
