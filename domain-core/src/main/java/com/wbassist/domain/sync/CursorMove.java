package com.wbassist.domain.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an orders or sales stream stands after one page ({@link StatisticsPaging#afterPage}).
 *
 * @param cursor the {@code dateFrom} of the stream's next request, stored with the page's rows
 * @param passEnds whether this pass of the stream is over; the next pass starts at {@code cursor}
 * @param possiblyMissedAt the second the cursor stepped past with a full page of rows at it: rows
 *     WB changed at that second beyond the page were not fetched
 */
public record CursorMove(Instant cursor, boolean passEnds, Optional<Instant> possiblyMissedAt) {
  public CursorMove {
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(possiblyMissedAt, "possiblyMissedAt");
  }

  static CursorMove readOn(Instant cursor) {
    return new CursorMove(cursor, false, Optional.empty());
  }

  static CursorMove passOver(Instant cursor) {
    return new CursorMove(cursor, true, Optional.empty());
  }

  static CursorMove readOnPast(Instant cursor, Instant crowdedSecond) {
    return new CursorMove(cursor, false, Optional.of(crowdedSecond));
  }
}
